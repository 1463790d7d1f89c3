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
  people: (prefetch: Prefetch) => prefetch('people:list', { limit: FIRST_PAGE + 1 }),
  followUps: (prefetch: Prefetch) => {
    prefetch('followUps:page', { section: 'overdue', limit: FIRST_PAGE });
    prefetch('followUps:page', { section: 'upcoming', limit: FIRST_PAGE });
  },
  incidents: (prefetch: Prefetch) => prefetch('incidents:page', { limit: FIRST_PAGE }),
  knowHow: (prefetch: Prefetch) => prefetch('knowHow:page', { limit: FIRST_PAGE }),
};
