/** The follow-up's notes: the details you will want in front of you when you ring. */
export const CONTEXT_LABEL = 'Details to have at hand';
