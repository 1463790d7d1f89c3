import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Visit } from '../../../src/contract/schemas/visits.ts';
import { useApi } from '../../api/context.tsx';
import { clearDraft, startingText, writeDraft, type LogText } from './draft-store.ts';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

export interface VisitAutosave {
  text: LogText;
  change(field: keyof LogText, value: string): void;
  /** Save now (on blur, before completing the visit, when the page hides). */
  flush(): Promise<void>;
  status: SaveStatus;
  error: unknown;
  /** True when the log opened with text typed before a reload or crash that had not reached the database. */
  restored: boolean;
}

/**
 * The visit log's notes and work done, saved while typing: every keystroke goes to a local
 * draft at once, and to the database `delayMs` after a pause, on blur and when the page hides.
 * One save runs at a time; typing during a save is saved right after it.
 */
export function useVisitAutosave(visit: Visit, delayMs = 800): VisitAutosave {
  const api = useApi();
  const queryClient = useQueryClient();
  const [start] = useState(() => startingText(visit.id, visit));
  const [text, setText] = useState(start.text);
  const [status, setStatus] = useState<SaveStatus>(start.restored ? 'pending' : 'saved');
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(start.text);
  const saved = useRef<LogText>(start.restored ? { notes: visit.notes ?? '', workDone: visit.workDone ?? '' } : start.text);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    const sending = latest.current;
    if (sending.notes === saved.current.notes && sending.workDone === saved.current.workDone) return;
    setStatus('saving');
    const run = (async () => {
      try {
        const updated = await api.call('visits:update', { id: visit.id, notes: sending.notes, workDone: sending.workDone });
        saved.current = sending;
        clearDraft(visit.id, sending);
        // Keep the cache in step so coming back to this log never starts from older text.
        queryClient.setQueryData(['visits:get', { id: visit.id }], updated);
        setError(null);
        const upToDate = latest.current.notes === sending.notes && latest.current.workDone === sending.workDone;
        setStatus(upToDate ? 'saved' : 'pending');
      } catch (failure) {
        setError(failure);
        setStatus('failed');
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    await run;
  }, [api, queryClient, visit.id]);

  const change = useCallback(
    (field: keyof LogText, value: string) => {
      const next = { ...latest.current, [field]: value };
      latest.current = next;
      setText(next);
      writeDraft(visit.id, next);
      setStatus((s) => (s === 'failed' ? s : 'pending'));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), delayMs);
    },
    [delayMs, save, visit.id],
  );

  useEffect(() => {
    // A restored draft goes to the database straight away.
    if (start.restored) void save();
  }, [save, start.restored]);

  useEffect(() => {
    const onHide = () => void save();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the screen: send what is left; the local draft covers a failure.
      void save().then(() => queryClient.invalidateQueries({ queryKey: ['visits:list'] }));
    };
  }, [queryClient, save]);

  return { text, change, flush: save, status, error, restored: start.restored };
}
