import { useMemo } from 'react';
import { useChannel } from '../api/hooks.ts';

/** The most people one list asks to name at once (the channel's limit). */
const MAX_NAMED = 2_000;

/**
 * Client and person names by id, for lists that span every client. Only the people the list
 * names are fetched (the first 2,000 of them, in the list's order): with 20,000 people in the
 * book, a screen never waits for all of them.
 */
export function useNames(personIds: ReadonlyArray<number | null> = []) {
  const clients = useChannel('clients:list', { includeArchived: true });
  const ids = useMemo(() => [...new Set(personIds.filter((id): id is number => id !== null))].slice(0, MAX_NAMED).sort((a, b) => a - b), [personIds]);
  const people = useChannel('people:list', { ids }, { enabled: ids.length > 0, keepPrevious: true });
  return useMemo(() => {
    const clientNames = new Map((clients.data ?? []).map((c) => [c.id, c.name]));
    const personNames = new Map((people.data ?? []).map((p) => [p.id, p.displayName]));
    return {
      client: (id: number | null) => (id === null ? undefined : clientNames.get(id)),
      person: (id: number | null) => (id === null ? undefined : personNames.get(id)),
    };
  }, [clients.data, people.data]);
}
