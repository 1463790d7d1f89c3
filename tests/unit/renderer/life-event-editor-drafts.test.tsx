// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

describe('the life-event editor and the know-how list', () => {
  let store: TempStore;
  let api: ApiClient;
  let sueId: number;
  let clientId: number;

  beforeEach(async () => {
    localStorage.clear();
    store = await tempStore();
    api = inProcessApi(store);
    clientId = (await api.call('clients:create', { name: 'The Bakers', kind: 'household' })).id;
    sueId = (await api.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId, role: 'family' })).id;
  });
  afterEach(() => store.dispose());

  it('refuses 31 February next to the date field and stores nothing', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/events/new?person=${sueId}`, api);
    await user.type(await screen.findByRole('textbox', { name: 'What happened, in a few words' }), 'Hip operation');
    const date = screen.getByRole('group', { name: 'Date' });
    await user.click(within(date).getAllByRole('spinbutton')[0]!);
    // en-GB: day, month, year.
    await user.keyboard('31022026');
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));
    expect(await screen.findByText('There is no day 31 in February 2026: it has 28 days. Type the day again.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save life event' }));
    expect(await screen.findByText(/Say when it happened/)).toBeInTheDocument();
    expect(await api.call('events:list', { personId: sueId })).toEqual([]);
  });

  it('keeps what was typed across a reload, says so, and forgets it once saved', async () => {
    const user = userEvent.setup();
    const first = renderAppAt(`#/events/new?person=${sueId}`, api);
    await user.type(await screen.findByRole('textbox', { name: 'What happened, in a few words' }), 'Hip operation');
    await user.type(screen.getByRole('textbox', { name: 'Type it as they said it' }), 'in March 2026');
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Recovering at her sister’s');
    first.unmount();

    renderAppAt(`#/events/new?person=${sueId}`, api);
    expect(await screen.findByText(/Draft restored/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'What happened, in a few words' })).toHaveValue('Hip operation');
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('Recovering at her sister’s');
    await user.click(screen.getByRole('button', { name: 'Save life event' }));
    await waitFor(async () => expect(await api.call('events:list', { personId: sueId })).toHaveLength(1));
    const [event] = await api.call('events:list', { personId: sueId });
    expect(event).toMatchObject({ title: 'Hip operation', date: '2026-03-01', precision: 'month' });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('askafter:draft:'))).toEqual([]);
  });

  it('edits a know-how answer later', async () => {
    const user = userEvent.setup();
    await api.call('knowHow:create', { clientId, personId: sueId, question: 'How do I scan to e-mail?', answer: 'Press Scan, then E-mail.' });
    renderAppAt(`#/people/${sueId}`, api);
    await user.click(await screen.findByRole('button', { name: 'Edit: How do I scan to e-mail?' }));
    const form = await screen.findByRole('form', { name: 'Edit know-how: How do I scan to e-mail?' });
    const answer = within(form).getByRole('textbox', { name: 'Your answer' });
    await user.clear(answer);
    await user.type(answer, 'The new printer scans from its own screen: Scan, then Send to e-mail.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The new printer scans from its own screen: Scan, then Send to e-mail.')).toBeInTheDocument();
    const [item] = await api.call('knowHow:list', { personId: sueId });
    expect(item?.answer).toBe('The new printer scans from its own screen: Scan, then Send to e-mail.');
  });

  it('keeps a half-written incident across a reload on the client’s page', async () => {
    const user = userEvent.setup();
    const first = renderAppAt(`#/clients/${clientId}`, api);
    await user.click(await screen.findByText('Record an incident'));
    // The form's code loads the first time it is opened.
    await user.type(await screen.findByRole('textbox', { name: 'What broke' }), 'Backup drive full');
    first.unmount();
    renderAppAt(`#/clients/${clientId}`, api);
    const form = await screen.findByRole('form', { name: 'Record an incident' });
    expect(await within(form).findByRole('textbox', { name: 'What broke' })).toHaveValue('Backup drive full');
    expect(within(form).getByText(/Draft restored/)).toBeInTheDocument();
  });
});
