import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'askafter:draft:';

/** Keeps only the stored fields that the form still has, with the same kind of value. */
function readDraft<T extends Record<string, unknown>>(key: string, initial: T): T | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
  if (!raw) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const merged: Record<string, unknown> = { ...initial };
  for (const [field, value] of Object.entries(stored)) {
    if (!(field in initial)) continue;
    const was = initial[field];
    if (value === null || typeof value === typeof was || was === null) merged[field] = value;
  }
  return sameValues(merged, initial) ? null : (merged as T);
}

/** Whether a form has unsaved typing kept from before (to offer "Continue editing…"). */
export function hasDraft(key: string): boolean {
  try {
    return localStorage.getItem(PREFIX + key) !== null;
  } catch {
    return false;
  }
}

function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function writeDraft(key: string, value: unknown) {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // A full or blocked storage only loses the reload safety net, never what is on screen.
  }
}

function removeDraft(key: string) {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // As above.
  }
}

export interface Draft<T> {
  value: T;
  set(update: Partial<T>): void;
  /** True when what is shown came back from an earlier, unsaved session. */
  restored: boolean;
  /** Throws the kept text away and starts again from the form's own values (also: empty the form after adding). */
  discard(): void;
  /** Forgets the draft once it has been saved (or deliberately left). */
  clear(): void;
}

/**
 * A form's fields, kept in local storage as they are typed so a reload, a crash or closing the
 * window loses nothing. `key` names the form and what it edits ("event:new:person:4").
 */
export function useDraft<T extends Record<string, unknown>>(key: string, initial: () => T): Draft<T> {
  const [start] = useState(initial);
  const [state, setState] = useState<{ value: T; restored: boolean }>(() => {
    const stored = readDraft(key, start);
    return stored ? { value: stored, restored: true } : { value: start, restored: false };
  });
  useEffect(() => {
    if (sameValues(state.value, start)) removeDraft(key);
    else writeDraft(key, state.value);
  }, [key, state.value, start]);

  const set = useCallback((update: Partial<T>) => setState((s) => ({ ...s, value: { ...s.value, ...update } })), []);
  const discard = useCallback(() => {
    removeDraft(key);
    setState({ value: start, restored: false });
  }, [key, start]);
  const clear = useCallback(() => {
    removeDraft(key);
    setState((s) => ({ ...s, restored: false }));
  }, [key]);

  return { value: state.value, set, restored: state.restored, discard, clear };
}
