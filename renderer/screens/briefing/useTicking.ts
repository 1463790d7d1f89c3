import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { AskedNotes } from './asked.ts';
import type { Ticking } from './BriefingSection.tsx';

/**
 * What was ticked as asked on this screen. Every other view is refreshed at once; the briefing
 * itself is not, so a ticked item stays in place, marked as asked, instead of vanishing under
 * the pointer. It drops out the next time the briefing is opened.
 */
export function useTicking(visitId: number): Ticking {
  const queryClient = useQueryClient();
  const [asked, setAsked] = useState<AskedNotes>(new Map());
  const onAsked = useCallback(
    (eventIds: readonly number[], note: string) => {
      setAsked((current) => new Map([...current, ...eventIds.map((id): [number, string] => [id, note.trim()])]));
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'briefing:forVisit' });
    },
    [queryClient],
  );
  const onUnasked = useCallback(
    (eventIds: readonly number[]) => {
      setAsked((current) => new Map([...current].filter(([id]) => !eventIds.includes(id))));
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'briefing:forVisit' });
    },
    [queryClient],
  );
  return useMemo(() => ({ visitId, asked, onAsked, onUnasked }), [visitId, asked, onAsked, onUnasked]);
}
