/**
 * The draft keys a page checks before its dialog's code is loaded: unsaved changes from before a
 * reload reopen the dialog they were typed in.
 */
export const clientDraftKey = (id: number) => `client:${id}:edit`;
export const personDraftKey = (id: number) => `person:${id}:edit`;
