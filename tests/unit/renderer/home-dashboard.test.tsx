// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

/** The text of each line of a list, nested lists included in their line. */
const texts = (list: HTMLElement) => [...list.children].map((li) => li.textContent);

describe('Home', () => {
  let store: TempStore;
  let api: ApiClient;

  beforeEach(async () => {
    // Thursday 16 July 2026, 10:00 in London. Only Date is faked; timers run for real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-16T09:00:00Z'));
    store = await tempStore();
    api = inProcessApi(store);
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    store.dispose();
  });

  const openHome = async () => {
    const view = renderAppAt('#/', api);
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    await screen.findByRole('region', { name: 'Today' });
    return view;
  };

  it('greets an empty database with the sample data and a first client', async () => {
    renderAppAt('#/', api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Ask After' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try with sample data' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add your first client' })).toBeInTheDocument();
  });

  describe('with a week to plan', () => {
    let bakersVisit: number;
    let bakersId: number;

    beforeEach(async () => {
      const bakers = await api.call('clients:create', { name: 'The Bakers', kind: 'household', rhythmDays: 28 });
      bakersId = bakers.id;
      const dental = await api.call('clients:create', { name: 'Smith Dental' });
      const sue = await api.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: bakers.id, role: 'family', birthday: { month: 7, day: 22, year: null } });
      const tom = await api.call('people:addRelative', { personId: sue.id, relativeIs: 'spouse', relative: { givenName: 'Tom', familyName: 'Baker' } });
      await api.call('people:markDeceased', { id: tom.other.id, diedOn: '2025-07-20' });
      await api.call('events:create', { typeKey: 'birth', title: 'Grandchild Lily born', date: '2026-07-01', precision: 'day', personIds: [sue.id] });
      const last = await api.call('visits:create', { clientId: bakers.id, startsAt: '2026-06-01T09:00:00Z' });
      await api.call('visits:complete', { id: last.id });
      await api.call('followUps:create', { clientId: bakers.id, personId: sue.id, dueAt: '2026-07-14T17:00:00Z', kind: 'call', context: 'Check the backup drive' });
      bakersVisit = (await api.call('visits:create', { clientId: bakers.id, startsAt: '2026-07-16T13:00:00Z', purpose: 'New printer', expectedPersonIds: [sue.id] })).id;
      await api.call('visits:create', { clientId: dental.id, startsAt: '2026-07-18T08:30:00Z' });
    });

    it('puts the next visit first, what could hurt leading with its reason, and "b" opens its briefing', async () => {
      const user = userEvent.setup();
      await openHome();

      const next = screen.getByRole('region', { name: 'Next visit' });
      expect(within(next).getByText('The Bakers')).toBeInTheDocument();
      expect(within(next).getByText('Today, 16 Jul 2026 at 14:00')).toBeInTheDocument();
      expect(await within(next).findByText('New printer')).toBeInTheDocument();
      expect(within(next).getByText('Who you’ll see: Sue Baker')).toBeInTheDocument();
      const first = texts(within(next).getByRole('list', { name: 'Read this first' }));
      expect(first[0]).toMatch(/^Don't ask: Tom \(Sue's spouse\) died on 20 Jul 2025\. .*first anniversary in 4 days$/);
      expect(first.map((line) => line?.split(':')[0])).toEqual(["Don't ask", 'Promises and follow-ups', 'Ask about', 'Ask about']);
      expect(first).toContainEqual(expect.stringMatching(/^Ask about: Ask Sue about the new baby\. .*born 2 weeks ago$/));
      expect(within(next).getByRole('link', { name: 'Open the briefing' })).toHaveAttribute('href', `#/visits/${bakersVisit}/briefing`);

      await user.keyboard('b');
      expect(await screen.findByRole('heading', { level: 1, name: 'Briefing: The Bakers' })).toBeInTheDocument();
    });

    it('lists the week, what is due and the dates ahead, each with its reason and a way to the record', async () => {
      await openHome();

      expect(texts(screen.getByRole('list', { name: 'Visits today' }))).toEqual([expect.stringMatching(/^14:00The BakersSue Baker/)]);
      expect(texts(screen.getByRole('list', { name: 'Visits this week' }))).toEqual([expect.stringMatching(/^Sat 18 Jul09:30Smith Dental/)]);

      const followUps = screen.getByRole('list', { name: 'Follow-ups due' });
      expect(texts(followUps)).toEqual([expect.stringMatching(/^Tue 14 JulCall Sue at The Bakers: Check the backup drive\. .*overdue: was due last Tuesday/)]);
      expect(within(followUps).getByRole('link', { name: /Call Sue/ })).toHaveAttribute('href', `#/clients/${bakersId}`);

      expect(texts(screen.getByRole('list', { name: 'Birthdays and anniversaries' }))).toEqual([expect.stringMatching(/^Wed 22 JulBirthday of Sue Baker \(The Bakers\)\. .*birthday in 6 days/)]);
      const mindful = screen.getByRole('region', { name: 'Be mindful' });
      expect(texts(within(mindful).getByRole('list'))).toEqual([expect.stringMatching(/^Mon 20 JulBe mindful: the first anniversary of Tom Baker's death is in 4 days\./)]);
      expect(texts(screen.getByRole('list', { name: 'Clients past their usual rhythm' }))).toEqual([expect.stringMatching(/Time to see The Bakers: usually every 4 weeks\..*Next visit booked today/)]);
    });
  });

  it('says so when a list is empty', async () => {
    await api.call('clients:create', { name: 'Smith Dental' });
    await openHome();

    expect(within(screen.getByRole('region', { name: 'Next visit' })).getByText(/No visit planned/)).toBeInTheDocument();
    expect(screen.getByText('No visits today.')).toBeInTheDocument();
    expect(screen.getByText('Nothing else planned in the next six days.')).toBeInTheDocument();
    expect(screen.getByText('Nothing due and nothing overdue.')).toBeInTheDocument();
    expect(screen.getByText('No sad anniversaries in the next two weeks.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'While you were away' })).toBeNull();
  });

  it('shows what came due while the app was closed until it is dismissed', async () => {
    const client = await api.call('clients:create', { name: 'Smith Dental' });
    await api.call('dashboard:get', { timeZone: 'Europe/London' });
    await api.call('followUps:create', { clientId: client.id, dueAt: '2026-07-17T09:00:00Z', kind: 'email', context: 'Send the quote' });
    // Two days later the app opens again.
    vi.setSystemTime(new Date('2026-07-18T09:00:00Z'));
    const user = userEvent.setup();
    const view = await openHome();

    const away = await screen.findByRole('region', { name: 'While you were away' });
    expect(texts(within(away).getByRole('list'))).toEqual([expect.stringMatching(/^Fri 17 JulE-mail Smith Dental: Send the quote\./)]);
    await user.click(within(away).getByRole('button', { name: 'Dismiss' }));
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'While you were away' })).toBeNull());
    // Still overdue, so still a follow-up; just no longer news.
    expect(screen.getByRole('list', { name: 'Follow-ups due' })).toHaveTextContent('Send the quote');

    view.unmount();
    await openHome();
    expect(screen.queryByRole('region', { name: 'While you were away' })).toBeNull();
  });
});
