import { useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../src/contract/channels.ts';
import { FIRST_PAGE } from '../../src/contract/schemas/pages.ts';
import { useChannel } from '../api/hooks.ts';

/** The channels that answer with a page of a list and its total. */
export type PagedChannel = 'followUps:page' | 'incidents:page' | 'knowHow:page';

const count = new Intl.NumberFormat('en-GB');

/** "Showing 50 of 858 follow-ups." */
export const showingText = (shown: number, total: number, noun: string) => `Showing ${count.format(shown)} of ${count.format(total)} ${noun}.`;

/**
 * A list asked of the database a page at a time: the first page, then one more page for each
 * "Show more". A new filter (any change of `input`) starts again at the first page. While the
 * next answer loads, the last one stays on screen, so typing in a filter never blanks the list.
 * `more` is what ShowMoreList needs, or null when every row is shown.
 */
export function usePagedChannel<C extends PagedChannel>(channel: C, input: Omit<ChannelInput<C>, 'limit'>, noun: string, { enabled = true } = {}) {
  const key = JSON.stringify(input);
  const [wanted, setWanted] = useState({ key, limit: FIRST_PAGE });
  // Another filter: back to the first page, also when the filter goes back to an earlier one.
  if (wanted.key !== key) setWanted({ key, limit: FIRST_PAGE });
  const limit = wanted.key === key ? wanted.limit : FIRST_PAGE;
  const page = useChannel(channel, { ...input, limit } as ChannelInput<C>, { keepPrevious: true, enabled });
  const items: ChannelOutput<C>['items'] = page.data?.items ?? [];
  const total = page.data?.total ?? 0;
  const left = total - items.length;
  const more = left > 0 ? { status: showingText(items.length, total, noun), button: `Show ${count.format(Math.min(FIRST_PAGE, left))} more`, onMore: () => setWanted({ key, limit: limit + FIRST_PAGE }) } : null;
  return { ...page, items, total, more };
}
