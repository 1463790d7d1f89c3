// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

describe('quick-adding news heard at a visit', () => {
  let store: TempStore;
  let api: ApiClient;
  let visitId: number;
  let sueId: number;

  beforeEach(async () => {
    // Thursday 16 July 2026, 10:00 in London. Only Date is faked; timers run for real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-16T09:00:00Z'));
    store = await tempStore();
    api = inProcessApi(store);
    const client = await api.call('clients:create', { name: 'The Bakers', kind: 'household' });
    const sue = await api.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'family' });
    sueId = sue.id;
    const visit = await api.call('visits:create', { clientId: client.id, startsAt: '2026-07-16T08:00:00Z', expectedPersonIds: [sue.id] });
    await api.call('visits:setAttendees', { id: visit.id, attendees: [{ personId: sue.id, expected: true, attended: true }] });
    visitId = visit.id;
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    store.dispose();
  });

  const say = async (user: ReturnType<typeof userEvent.setup>, words: string) => {
    await user.type(await screen.findByLabelText('News, as they told it'), words);
    await user.click(screen.getByRole('button', { name: 'Read it' }));
    return screen.findByRole('form', { name: 'Check the life event' });
  };

  it('shows "last Tuesday" as the exact day before saving it', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/visits/${visitId}/log`, api);
    const check = await say(user, 'grandchild born last Tuesday');

    expect(within(check).getByText('Understood: 14 Jul 2026 (last Tuesday) — exact day')).toBeInTheDocument();
    expect(within(check).getByRole('button', { name: /Kind of news/ })).toHaveTextContent('Birth of a baby');
    // The text names nobody, so nobody is ticked by default: you say whom it is about.
    const sueBox = within(check).getByRole('checkbox', { name: 'Sue Baker' });
    expect(sueBox).not.toBeChecked();
    expect(within(check).getByText('Who is this about? Tick the person it names.')).toBeInTheDocument();
    expect(within(check).getByRole('button', { name: 'Save life event' })).toBeDisabled();
    await user.click(sueBox);
    expect(await api.call('events:list', { personId: sueId })).toEqual([]);

    await user.click(within(check).getByRole('button', { name: 'Save life event' }));
    expect(await screen.findByText('Saved: Grandchild born, 14 Jul 2026.')).toBeInTheDocument();
    expect(await api.call('events:list', { personId: sueId })).toEqual([
      expect.objectContaining({ typeKey: 'birth', title: 'Grandchild born', date: '2026-07-14', precision: 'day', personIds: [sueId] }),
    ]);
  });

  it('keeps "in March" to the month, with no day made up', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/visits/${visitId}/log`, api);
    const check = await say(user, 'hip operation in March');

    expect(within(check).getByText('Understood: March 2026 — month only')).toBeInTheDocument();
    expect(within(check).queryByRole('group', { name: 'Date' })).toBeNull();
    await user.click(within(check).getByRole('checkbox', { name: 'Sue Baker' }));
    await user.click(within(check).getByRole('button', { name: 'Save life event' }));
    await screen.findByText(/^Saved: Hip operation/);
    expect(await api.call('events:list', { personId: sueId })).toEqual([expect.objectContaining({ typeKey: 'surgery', date: '2026-03-01', precision: 'month' })]);
  });

  it('asks for a date when none was said, and saves nothing until there is one', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/visits/${visitId}/log`, api);
    const check = await say(user, 'new puppy called Biscuit');
    expect(within(check).getByText(/could not find a date/)).toBeInTheDocument();
    expect(within(check).getByRole('button', { name: 'Save life event' })).toBeDisabled();
  });

  it('news that names someone is about them alone; a death says what else it changed, with Undo', async () => {
    const tom = await api.call('people:addRelative', { personId: sueId, relativeIs: 'spouse', relative: { givenName: 'Tom', familyName: 'Baker' } });
    const user = userEvent.setup();
    renderAppAt(`#/visits/${visitId}/log`, api);
    const check = await say(user, 'Tom passed away last month');
    expect(await within(check).findByRole('checkbox', { name: /^Tom Baker/ })).toBeChecked();
    expect(within(check).getByRole('checkbox', { name: 'Sue Baker' })).not.toBeChecked();
    expect(within(check).getByRole('combobox', { name: 'Who died?' })).toHaveDisplayValue('Tom Baker');
    await user.click(within(check).getByRole('button', { name: 'Save life event' }));
    expect(await screen.findByText('Also marked Tom Baker as having died in June 2026.')).toBeInTheDocument();
    expect((await api.call('people:get', { id: tom.other.id })).diedOn).toBe('2026-06-01');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/^Undone:/)).toBeInTheDocument();
    expect((await api.call('people:get', { id: tom.other.id })).diedOn).toBeNull();
  });
});
