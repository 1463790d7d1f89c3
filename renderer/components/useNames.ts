import { useMemo } from 'react';
import { useChannel } from '../api/hooks.ts';

/** Client and person names by id, for lists that span every client. */
export function useNames() {
  const clients = useChannel('clients:list', { includeArchived: true });
  const people = useChannel('people:list', {});
  return useMemo(() => {
    const clientNames = new Map((clients.data ?? []).map((c) => [c.id, c.name]));
    const personNames = new Map((people.data ?? []).map((p) => [p.id, p.displayName]));
    return {
      client: (id: number | null) => (id === null ? undefined : clientNames.get(id)),
      person: (id: number | null) => (id === null ? undefined : personNames.get(id)),
    };
  }, [clients.data, people.data]);
}
