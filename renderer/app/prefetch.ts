import type { QueryClient } from '@tanstack/react-query';
import type { Channel, ChannelInput } from '../../src/contract/channels.ts';
import { FIRST_PAGE } from '../../src/contract/schemas/pages.ts';
import type { ApiClient } from '../api/client.ts';

/** Starts reading a channel into the query cache, where the screen's own read will find it. */
export type Prefetch = <C extends Channel>(channel: C, input: ChannelInput<C>) => void;

export const prefetcher =
  (queryClient: QueryClient, api: ApiClient): Prefetch =>
  (channel, input) => {
    // Same key as useChannel; a fresh answer already cached is not asked for again.
    void queryClient.prefetchQuery({ queryKey: [channel, input], queryFn: () => api.call(channel, input) });
  };

/**
 * What each list screen asks for first, started as soon as the screen is asked for, while its
 * code loads, instead of after: the screen then finds its first page waiting (or on its way).
 * Each must be exactly the screen's own first read, or it is a wasted query.
 */
export const firstReads = {
  /** Every client, archived too (the screen filters them as you type), and the tags to filter by. */
  clients: (prefetch: Prefetch, tagId: number | null) => {
    prefetch('clients:rows', tagId === null ? { includeArchived: true } : { includeArchived: true, tagId });
    prefetch('tags:list', {});
  },
  people: (prefetch: Prefetch) => {
    prefetch('people:list', { limit: FIRST_PAGE + 1 });
    prefetch('tags:list', {});
  },
  followUps: (prefetch: Prefetch) => {
    prefetch('followUps:page', { section: 'overdue', limit: FIRST_PAGE });
    prefetch('followUps:page', { section: 'upcoming', limit: FIRST_PAGE });
  },
  incidents: (prefetch: Prefetch) => prefetch('incidents:page', { limit: FIRST_PAGE }),
  knowHow: (prefetch: Prefetch) => prefetch('knowHow:page', { limit: FIRST_PAGE }),
  /** A client's page: the client and everything its sections read, all at once (not the client first, then the rest). */
  client: (prefetch: Prefetch, id: number) => {
    prefetch('clients:get', { id });
    prefetch('roles:listForClient', { clientId: id });
    prefetch('visits:list', { clientId: id, limit: 1000 });
    prefetch('followUps:list', { clientId: id });
    prefetch('incidents:list', { clientId: id });
    prefetch('knowHow:list', { clientId: id });
    prefetch('events:list', { clientId: id });
    prefetch('contacts:list', { clientId: id, limit: 50 });
    prefetch('tags:of', { clientId: id });
    prefetch('tags:list', {});
    prefetch('contactDetails:list', { clientId: id });
    prefetch('clientFields:list', { clientId: id });
  },
  /** A person's page, the same way (their story's first page: 30 and one to know there is more). */
  person: (prefetch: Prefetch, id: number) => {
    prefetch('people:get', { id });
    prefetch('roles:listForPerson', { personId: id });
    prefetch('events:list', { personId: id });
    prefetch('knowHow:list', { personId: id });
    prefetch('contacts:list', { personId: id, limit: 50 });
    prefetch('tags:of', { personId: id });
    prefetch('tags:list', {});
    prefetch('contactDetails:list', { personId: id });
    prefetch('people:relatives', { id });
    prefetch('people:story', { id, limit: 31 });
  },
};

/** The id in a route's address, when it is one (a mistyped address reads nothing ahead). */
export const idParam = (value: string | undefined): number | null => {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};
