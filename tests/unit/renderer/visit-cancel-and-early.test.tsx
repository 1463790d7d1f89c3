// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

describe('planned visits', () => {
  let store: TempStore;
  let api: ApiClient;
  let clientId: number;

  beforeEach(async () => {
    // Thursday 16 July 2026, 10:00 in London. Only Date is faked; timers run for real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-16T09:00:00Z'));
    localStorage.clear();
    store = await tempStore();
    api = inProcessApi(store, () => new Date());
    clientId = (await api.call('clients:create', { name: 'The Bakers', kind: 'household' })).id;
  });
  afterEach(() => {
    vi.useRealTimers();
    store.dispose();
  });

  it('cancels a planned visit, then deletes it', async () => {
    const user = userEvent.setup();
    const visit = await api.call('visits:create', { clientId, startsAt: '2026-07-20T08:00:00Z', purpose: 'New printer' });
    renderAppAt(`#/clients/${clientId}`, api);
    await user.click(await screen.findByRole('button', { name: 'Cancel the visit on 20 Jul 2026, 09:00' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Cancel this visit?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the visit' }));
    await waitFor(async () => expect((await api.call('visits:get', { id: visit.id })).status).toBe('cancelled'));
    expect(screen.queryByRole('list', { name: 'Planned visits' })).toBeNull();

    await user.click(await screen.findByRole('button', { name: 'Delete the cancelled visit on 20 Jul 2026, 09:00' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Delete this cancelled visit?' });
    await user.click(within(dialog).getByRole('button', { name: 'Move to trash' }));
    expect(await screen.findByText('No visits yet.')).toBeInTheDocument();
  });

  it('asks when a visit planned for tomorrow really happened before logging it, so it never reads "Last visit … (tomorrow)"', async () => {
    const user = userEvent.setup();
    await api.call('clients:update', { id: clientId, rhythmDays: 28 });
    const visit = await api.call('visits:create', { clientId, startsAt: '2026-07-17T08:00:00Z' });
    renderAppAt(`#/visits/${visit.id}/log`, api);
    const when = await screen.findByRole('group', { name: 'When did the visit happen?' });
    expect(when).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Complete visit' }));
    await screen.findByText(/Visit completed/);
    const logged = await api.call('visits:get', { id: visit.id });
    // Today at the planned time of day would be 09:00, which has passed: it keeps that time.
    expect(logged).toMatchObject({ status: 'completed', startsAt: '2026-07-16T08:00:00.000Z' });

    await user.click(screen.getByRole('link', { name: 'Back to The Bakers' }));
    expect(await screen.findByText(/Last visit 16 Jul 2026;/)).toBeInTheDocument();
    expect(screen.queryByText(/tomorrow/)).toBeNull();
  });

  it('refuses a day in the future with a message next to the field, and keeps the visit planned', async () => {
    await expect(api.call('visits:complete', { id: (await api.call('visits:create', { clientId, startsAt: '2026-07-18T08:00:00Z' })).id, startsAt: '2026-07-18T08:00:00Z' })).rejects.toMatchObject({
      details: [{ path: 'startsAt', message: 'Choose a day that is not in the future.' }],
    });
    expect((await api.call('visits:list', { clientId }))[0]?.status).toBe('planned');
  });
});
