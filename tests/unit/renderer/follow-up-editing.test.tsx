// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { snoozedDueAt } from '../../../renderer/screens/work/snooze.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

describe('follow-ups can be changed after they are made', () => {
  let store: TempStore;
  let api: ApiClient;
  let clientId: number;

  beforeEach(async () => {
    // Thursday 16 July 2026, 10:00 in London. Only Date is faked; timers run for real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-16T09:00:00Z'));
    localStorage.clear();
    store = await tempStore();
    api = inProcessApi(store);
    clientId = (await api.call('clients:create', { name: 'The Bakers', kind: 'household' })).id;
    const sue = await api.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId, role: 'family' });
    // Due Tuesday 14 July at 18:00 London: two days overdue.
    await api.call('followUps:create', { clientId, personId: sue.id, dueAt: '2026-07-14T17:00:00Z', kind: 'call', context: 'Check the backup drive' });
  });
  afterEach(() => {
    vi.useRealTimers();
    store.dispose();
  });

  it('snoozes an overdue call to tomorrow at the same time of day', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/clients/${clientId}`, api);
    await screen.findByText('Check the backup drive');
    await user.click(await screen.findByRole('button', { name: 'Snooze: Call Sue Baker' }));
    await user.click(await screen.findByRole('menuitem', { name: 'A day later' }));
    await waitFor(async () => expect((await api.call('followUps:list', { clientId }))[0]!.dueAt).toBe('2026-07-17T17:00:00.000Z'));
    expect(await screen.findByText(/Due 17 Jul 2026, 18:00/)).toBeInTheDocument();
  });

  it('opens the snooze menu from the keyboard on the first choice, and Escape puts the focus back on Snooze', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/clients/${clientId}`, api);
    const snooze = await screen.findByRole('button', { name: 'Snooze: Call Sue Baker' });
    snooze.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'A day later' })).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Snooze: Call Sue Baker' })).toHaveFocus());
  });

  it('edits the details and reschedules, and keeps an unsaved edit across a reload', async () => {
    const user = userEvent.setup();
    const first = renderAppAt(`#/clients/${clientId}`, api);
    await user.click(await screen.findByRole('button', { name: 'Edit or reschedule: Call Sue Baker' }));
    let dialog = await screen.findByRole('dialog', { name: 'Edit follow-up: Call Sue Baker' });
    const details = within(dialog).getByRole('textbox', { name: 'Details to have at hand' });
    await user.clear(details);
    await user.type(details, 'Check the new backup drive is rotating');
    first.unmount();

    renderAppAt(`#/clients/${clientId}`, api);
    dialog = await screen.findByRole('dialog', { name: 'Edit follow-up: Call Sue Baker' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Draft restored');
    expect(within(dialog).getByRole('textbox', { name: 'Details to have at hand' })).toHaveValue('Check the new backup drive is rotating');
    const due = within(dialog).getByRole('group', { name: 'Due' });
    await user.click(within(due).getAllByRole('spinbutton')[0]!);
    await user.keyboard('20072026');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [saved] = await api.call('followUps:list', { clientId });
    expect(saved?.context).toBe('Check the new backup drive is rotating');
    expect(saved?.dueAt).toBe('2026-07-20T17:00:00.000Z');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('askafter:draft:'))).toEqual([]);
  });

  it('keeps a typed follow-up across a reload in the quick-add box', async () => {
    const user = userEvent.setup();
    const first = renderAppAt(`#/clients/${clientId}`, api);
    await user.click(await screen.findByText('Add a follow-up'));
    // The form's code loads the first time it is opened.
    await user.type(await screen.findByRole('textbox', { name: 'Follow-up, as you would say it' }), 'call Sue tomorrow 6pm about the router');
    first.unmount();
    renderAppAt(`#/clients/${clientId}`, api);
    expect(await screen.findByRole('textbox', { name: 'Follow-up, as you would say it' })).toHaveValue('call Sue tomorrow 6pm about the router');
    expect(screen.getByText(/Draft restored/)).toBeInTheDocument();
  });
});

describe('snoozedDueAt', () => {
  const now = new Date('2026-07-16T09:00:00Z');
  it('moves a future follow-up on from its own day, keeping the clock time across a DST change', () => {
    expect(snoozedDueAt('2026-10-24T17:00:00Z', 7, 'Europe/London', now)).toBe('2026-10-31T18:00:00.000Z');
  });
  it('moves an overdue one on from today', () => {
    expect(snoozedDueAt('2026-07-01T08:00:00Z', 3, 'Europe/London', now)).toBe('2026-07-19T08:00:00.000Z');
  });
});
