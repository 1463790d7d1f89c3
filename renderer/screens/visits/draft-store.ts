/**
 * Unsaved visit-log text, kept in localStorage on every keystroke so a reload, a crash or a
 * closed lid loses nothing; cleared once the same text is safely in the database.
 */
export interface LogText {
  notes: string;
  workDone: string;
}

export interface Draft extends LogText {
  /** When it was typed (ISO), to compare with the saved visit's updatedAt. */
  editedAt: string;
}

const key = (visitId: number) => `askafter:visit-log:${visitId}`;

export function readDraft(visitId: number, storage: Storage = localStorage): Draft | null {
  try {
    const draft = JSON.parse(storage.getItem(key(visitId)) ?? 'null') as Draft | null;
    return draft && typeof draft.notes === 'string' && typeof draft.workDone === 'string' && typeof draft.editedAt === 'string' ? draft : null;
  } catch {
    return null;
  }
}

export function writeDraft(visitId: number, text: LogText, now: Date = new Date(), storage: Storage = localStorage): void {
  try {
    storage.setItem(key(visitId), JSON.stringify({ ...text, editedAt: now.toISOString() } satisfies Draft));
  } catch {
    // Storage full or disabled: the debounced save to the database still runs.
  }
}

/** Forgets the draft, but only if it still holds `saved` (newer typing is kept). */
export function clearDraft(visitId: number, saved: LogText, storage: Storage = localStorage): void {
  const draft = readDraft(visitId, storage);
  if (draft && draft.notes === saved.notes && draft.workDone === saved.workDone) storage.removeItem(key(visitId));
}

/** What the log should start from: a draft newer than the saved visit wins. */
export function startingText(visitId: number, saved: { notes: string | null; workDone: string | null; updatedAt: string }, storage: Storage = localStorage): { text: LogText; restored: boolean } {
  const server = { notes: saved.notes ?? '', workDone: saved.workDone ?? '' };
  const draft = readDraft(visitId, storage);
  if (!draft) return { text: server, restored: false };
  const differs = draft.notes !== server.notes || draft.workDone !== server.workDone;
  if (differs && draft.editedAt > saved.updatedAt) return { text: { notes: draft.notes, workDone: draft.workDone }, restored: true };
  storage.removeItem(key(visitId));
  return { text: server, restored: false };
}
