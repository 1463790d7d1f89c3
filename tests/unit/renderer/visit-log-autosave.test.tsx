// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

const draftKey = (visitId: number) => `askafter:visit-log:${visitId}`;

describe('the visit log autosaves', () => {
  let store: TempStore;
  let api: ApiClient;
  let updates: number;
  let visitId: number;

  const savedNotes = () => (store.sqlite.prepare('select notes from visits where id = ?').get(visitId) as { notes: string | null }).notes;
  const notesBox = () => screen.findByRole('textbox', { name: 'Notes' });

  beforeEach(async () => {
    store = await tempStore();
    const real = inProcessApi(store);
    updates = 0;
    // Count the saves, to see that typing is saved after a pause and not on every key.
    api = {
      call: (channel, input) => {
        if (channel === 'visits:update') updates += 1;
        return real.call(channel, input);
      },
      callAsync: real.callAsync,
    };
    const client = await api.call('clients:create', { name: 'Smith Dental' });
    const visit = await api.call('visits:create', { clientId: client.id, startsAt: '2026-07-16T09:00:00Z', purpose: 'New router' });
    visitId = visit.id;
    localStorage.clear();
  });
  afterEach(() => store.dispose());

  it('saves about a second after typing stops, once, and says Saved', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/visits/${visitId}/log`, api);
    await user.type(await notesBox(), 'Replaced the router');
    expect(screen.getByText('Saving…')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(draftKey(visitId))!)).toMatchObject({ notes: 'Replaced the router' });

    expect(await screen.findByText('Saved', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(savedNotes()).toBe('Replaced the router');
    expect(updates).toBe(1);
    expect(localStorage.getItem(draftKey(visitId))).toBeNull();
  });

  it('saves at once when the box loses focus', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/visits/${visitId}/log`, api);
    await user.type(await notesBox(), 'Printer jam');
    await user.click(screen.getByRole('textbox', { name: 'Work done' }));
    await waitFor(() => expect(savedNotes()).toBe('Printer jam'), { timeout: 500 });
  });

  it('restores text typed just before a reload or crash, and saves it', async () => {
    localStorage.setItem(draftKey(visitId), JSON.stringify({ notes: 'Typed before the crash', workDone: 'Swapped toner', editedAt: new Date(Date.now() + 1000).toISOString() }));
    renderAppAt(`#/visits/${visitId}/log`, api);
    expect(await notesBox()).toHaveValue('Typed before the crash');
    expect(screen.getByRole('textbox', { name: 'Work done' })).toHaveValue('Swapped toner');
    expect(screen.getByText(/Restored what you typed last time/)).toBeInTheDocument();
    await waitFor(() => expect(savedNotes()).toBe('Typed before the crash'));
  });

  it('ignores a draft older than what is already saved', async () => {
    await api.call('visits:update', { id: visitId, notes: 'Saved later from elsewhere' });
    localStorage.setItem(draftKey(visitId), JSON.stringify({ notes: 'Old draft', workDone: '', editedAt: '2000-01-01T00:00:00.000Z' }));
    renderAppAt(`#/visits/${visitId}/log`, api);
    expect(await notesBox()).toHaveValue('Saved later from elsewhere');
    expect(localStorage.getItem(draftKey(visitId))).toBeNull();
  });

  it('says why a save failed, keeps the text and the draft, and saves on "Try again"', async () => {
    const user = userEvent.setup();
    store.sqlite.exec("create trigger no_update before update on visits begin select raise(abort, 'disk is locked'); end");
    renderAppAt(`#/visits/${visitId}/log`, api);
    await user.type(await notesBox(), 'Backup drive full');
    expect(await screen.findByText(/Not saved:/, {}, { timeout: 3000 })).toHaveTextContent(/nothing was changed.*kept on this computer/i);
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('Backup drive full');
    expect(JSON.parse(localStorage.getItem(draftKey(visitId))!)).toMatchObject({ notes: 'Backup drive full' });

    store.sqlite.exec('drop trigger no_update');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(savedNotes()).toBe('Backup drive full');
  });
});
