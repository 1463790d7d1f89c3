// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

/** Room for a busy machine: the lists are small, the machine may not be. */
const SLOW = { timeout: 20_000 };

/** Long lists are drawn a page at a time, and the keyboard carries on into the next page. */
describe('long lists', () => {
  let store: TempStore;
  beforeEach(async () => {
    store = await tempStore();
  });
  afterEach(() => store.dispose());

  const seed = (clients: number, peoplePerClient: number) => {
    const call = createDispatcher(store);
    const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    for (let c = 0; c < clients; c++) {
      const client = must(call('clients:create', { name: `Client ${String(c).padStart(3, '0')}`, kind: 'business' })) as { id: number };
      for (let p = 0; p < peoplePerClient; p++) must(call('people:create', { givenName: `Person${String(c * peoplePerClient + p).padStart(4, '0')}`, clientId: client.id, role: 'staff' }));
    }
  };

  it('Clients: the first 50, "Show 50 more" adds the next 50 and moves the focus to the first new one; a filter starts again', async () => {
    seed(120, 0);
    const user = userEvent.setup();
    renderAppAt('#/clients', inProcessApi(store));
    const list = await screen.findByRole('list', { name: 'Clients' }, SLOW);
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByText('Showing 50 of 120 clients.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(100), SLOW);
    expect(screen.getByRole('link', { name: 'Client 050' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show 20 more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(120), SLOW);
    expect(screen.queryByRole('button', { name: /more$/ })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Filter clients'), 'Client 11');
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Clients' })).getAllByRole('listitem')).toHaveLength(10), SLOW);
  });

  it('People: asks the database for a page, shows more on request, and the filter finds anyone', async () => {
    seed(3, 40);
    const user = userEvent.setup();
    renderAppAt('#/people', inProcessApi(store));
    const list = await screen.findByRole('list', { name: 'People' }, SLOW);
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list).getByRole('link', { name: 'Person0000' })).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'Person0050' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(100), SLOW);
    expect(screen.getByRole('link', { name: 'Person0050' })).toHaveFocus();
    await user.type(screen.getByLabelText('Filter people'), 'Person0119');
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'People' })).getAllByRole('listitem')).toHaveLength(1), SLOW);
    expect(screen.queryByRole('button', { name: /more$/ })).not.toBeInTheDocument();
  });
  /** The focus is in the row at `index` (0-based) of the list. */
  const focusIsInRow = (list: HTMLElement, index: number) => expect(within(list).getAllByRole('listitem')[index]).toContainElement(document.activeElement as HTMLElement);

  it('Follow-ups, Incidents and Know-how: a page from the database with "Showing 50 of N", more on request, and a filter over every row', async () => {
    seed(1, 1);
    const call = createDispatcher(store);
    const day = (n: number) => new Date(Date.now() - (n + 1) * 86_400_000).toISOString();
    for (let i = 0; i < 70; i++) {
      call('followUps:create', { clientId: 1, dueAt: day(i), kind: 'call', context: i === 0 ? 'Ask about the toner' : `Check ${i}` });
      call('incidents:create', { clientId: 1, startedAt: day(i), summary: i === 69 ? 'Toner ran out' : `Printer jam ${i}` });
      call('knowHow:create', { clientId: 1, question: i === 69 ? 'Where is the toner?' : `Question ${i}`, lastAskedAt: day(i) });
    }
    const user = userEvent.setup();
    for (const [hash, label, filter, noun, found] of [
      ['#/follow-ups', 'Overdue follow-ups', 'Filter follow-ups', 'overdue follow-ups', 'Ask about the toner'],
      ['#/incidents', 'Incidents', 'Filter incidents', 'incidents', 'Toner ran out'],
      ['#/know-how', 'Know-how', 'Filter questions and answers', 'questions', 'Where is the toner?'],
    ] as const) {
      const { unmount } = renderAppAt(hash, inProcessApi(store));
      const list = await screen.findByRole('list', { name: label }, SLOW);
      expect(within(list).getAllByRole('listitem')).toHaveLength(50);
      expect(screen.getByText(`Showing 50 of 70 ${noun}.`)).toBeInTheDocument();
      // The one due last (the oldest incident, the least recently asked) is beyond the first page …
      expect(within(list).queryByText(found, { exact: false })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Show 20 more' }));
      await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(70), SLOW);
      focusIsInRow(list, 50);
      expect(screen.queryByRole('button', { name: /more$/ })).not.toBeInTheDocument();
      // … and the filter finds it from the first page on, asking the database.
      await user.type(screen.getByLabelText(filter), 'toner');
      await waitFor(() => expect(within(screen.getByRole('list', { name: label })).getAllByRole('listitem')).toHaveLength(1), SLOW);
      expect(within(screen.getByRole('list', { name: label })).getByText(found, { exact: false })).toBeInTheDocument();
      unmount();
    }
  });
  it('each list screen reads its first page once: started with the screen, found by the screen, never asked twice', async () => {
    seed(1, 3);
    const api = inProcessApi(store);
    // The reads each screen needs: started by the route as the screen is asked for, then found
    // by the screen in the cache (a read started with other words would be one read too many).
    for (const [hash, label, needed] of [
      ['#/people', 'People', 1],
      ['#/follow-ups', 'Follow-ups', 2],
      ['#/incidents', 'Incidents', 1],
      ['#/know-how', 'Know-how', 1],
    ] as const) {
      // One record per app: an app unmounted earlier still hears the address change.
      const asked: string[] = [];
      const counting = { ...api, call: ((channel: string, input: unknown) => (asked.push(`${channel} ${JSON.stringify(input)}`), api.call(channel as never, input as never))) as typeof api.call };
      const { unmount } = renderAppAt(hash, counting);
      await screen.findByRole('heading', { level: 1, name: label }, SLOW);
      await waitFor(() => expect(screen.queryByRole('status', { name: /Loading/ }) ?? screen.queryByText(/^Loading/)).toBeNull(), SLOW);
      const reads = asked.filter((a) => /^(people:list|followUps:page|incidents:page|knowHow:page) /.test(a));
      expect(reads, hash).toHaveLength(needed);
      unmount();
    }
  });
});
