import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/contract/channels.ts';
import { useApi } from './context.tsx';

interface ChannelQueryOptions {
  enabled?: boolean;
  /** Keep showing the last answer while a new input loads (search as you type). */
  keepPrevious?: boolean;
  /** Read from the database on every mount, even when the cache looks fresh. */
  fresh?: boolean;
}

/** Reads a channel through the query cache; the key is the channel and its input. */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C>, options: ChannelQueryOptions = {}) {
  const api = useApi();
  return useQuery({
    queryKey: [channel, input],
    queryFn: () => api.call(channel, input),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    refetchOnMount: options.fresh ? 'always' : true,
  });
}

interface ChannelMutationOptions<C extends Channel> {
  onSuccess?: (value: ChannelOutput<C>, input: ChannelInput<C>) => void;
  /**
   * Refetch what is on screen afterwards (default). One write can change many views (marking
   * someone deceased touches events, relatives and search), and local reads are cheap.
   */
  refresh?: boolean;
}

/** Writes through a channel; on success refreshes the cached reads. */
export function useChannelMutation<C extends Channel>(channel: C, options: ChannelMutationOptions<C> = {}) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => api.call(channel, input),
    onSuccess: (value, input) => {
      if (options.refresh !== false) void queryClient.invalidateQueries();
      options.onSuccess?.(value, input);
    },
  });
}

/** The same channel read for several inputs at once (events of each person at a visit). */
export function useChannels<C extends Channel>(channel: C, inputs: readonly ChannelInput<C>[]) {
  const api = useApi();
  return useQueries({
    queries: inputs.map((input) => ({ queryKey: [channel, input], queryFn: () => api.call(channel, input) })),
  });
}
