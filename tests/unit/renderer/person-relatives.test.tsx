// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

describe("a person's relatives", () => {
  let store: TempStore;
  let api: ApiClient;
  let sueId: number;

  beforeEach(async () => {
    store = await tempStore();
    api = inProcessApi(store);
    const client = await api.call('clients:create', { name: 'The Bakers', kind: 'household' });
    sueId = (await api.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'family' })).id;
  });
  afterEach(() => store.dispose());

  it('adds a grandchild in two steps: "grandchild", then "Lily"', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/people/${sueId}`, api);
    await user.click(await screen.findByRole('button', { name: /Add a relative/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Grandchild' }));
    const form = await screen.findByRole('form', { name: 'Add Sue Baker’s grandchild' });
    await user.type(within(form).getByRole('textbox', { name: 'Grandchild’s first name' }), 'Lily');
    await user.click(within(form).getByRole('button', { name: 'Add grandchild' }));

    const relatives = await screen.findByRole('list', { name: "Sue Baker's relatives" });
    expect(await within(relatives).findByRole('link', { name: 'Lily' })).toBeInTheDocument();
    expect(within(relatives).getByText('Grandchild')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /grandchild/ })).toBeNull();

    // Read from Lily's side, Sue is her grandparent.
    const [lily] = await api.call('people:relatives', { id: sueId });
    expect(await api.call('people:relatives', { id: lily!.other.id })).toEqual([expect.objectContaining({ otherIs: 'grandparent', other: expect.objectContaining({ id: sueId }) })]);
  });

  it('links someone already known, found by name', async () => {
    const user = userEvent.setup();
    await api.call('people:create', { givenName: 'Tom', familyName: 'Baker' });
    renderAppAt(`#/people/${sueId}`, api);
    await user.click(await screen.findByRole('button', { name: /Add a relative/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Partner' }));
    const form = await screen.findByRole('form', { name: 'Add Sue Baker’s partner' });
    await user.click(within(form).getByRole('radio', { name: 'Someone already in Ask After' }));
    await user.type(within(form).getByRole('combobox', { name: 'Find them' }), 'Tom');
    await user.click(await screen.findByRole('option', { name: 'Tom Baker' }));
    await user.click(within(form).getByRole('button', { name: 'Add partner' }));

    const relatives = await screen.findByRole('list', { name: "Sue Baker's relatives" });
    expect(await within(relatives).findByRole('link', { name: 'Tom Baker' })).toBeInTheDocument();
    expect(within(relatives).getByText('Partner')).toBeInTheDocument();
  });

  it('keeps the name typed and shows why when adding fails', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/people/${sueId}`, api);
    await user.click(await screen.findByRole('button', { name: /Add a relative/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Child' }));
    const form = await screen.findByRole('form', { name: 'Add Sue Baker’s child' });
    store.sqlite.exec("create trigger no_people before insert on people begin select raise(abort, 'disk is locked'); end");
    await user.type(within(form).getByRole('textbox', { name: 'Child’s first name' }), 'Jack');
    await user.click(within(form).getByRole('button', { name: 'Add child' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/nothing was changed/i);
    expect(within(form).getByRole('textbox', { name: 'Child’s first name' })).toHaveValue('Jack');
  });

  it('ends a friendship, but offers no "Separated…" next to a partner who died', async () => {
    const user = userEvent.setup();
    await api.call('people:addRelative', { personId: sueId, relativeIs: 'friend', relative: { givenName: 'Jean' } });
    await api.call('people:addRelative', { personId: sueId, relativeIs: 'spouse', relative: { givenName: 'Derek', familyName: 'Baker' } });
    const derek = (await api.call('people:relatives', { id: sueId })).find((r) => r.otherIs === 'spouse')!.other;
    await api.call('people:markDeceased', { id: derek.id, diedOn: '2026-01-10' });
    renderAppAt(`#/people/${sueId}`, api);
    const relatives = await screen.findByRole('list', { name: "Sue Baker's relatives" });
    await within(relatives).findByRole('link', { name: 'Derek Baker' });
    expect(screen.queryByRole('button', { name: /Separated/ })).toBeNull();

    await user.click(within(relatives).getByRole('button', { name: 'End: Jean as Sue Baker’s friend' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Jean is no longer Sue Baker’s friend' });
    await user.click(within(dialog).getByRole('button', { name: 'End the relationship' }));
    const past = await screen.findByRole('list', { name: 'Past relationships' });
    expect(within(past).getByText('Former friend')).toBeInTheDocument();
  });

  it('records when a relationship started, and gives focus back to "Add a relative" afterwards', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/people/${sueId}`, api);
    await user.click(await screen.findByRole('button', { name: /Add a relative/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Spouse' }));
    const form = await screen.findByRole('form', { name: 'Add Sue Baker’s spouse' });
    await user.type(within(form).getByRole('textbox', { name: 'Spouse’s first name' }), 'Tom');
    const since = within(form).getByRole('group', { name: 'Together since (optional)' });
    await user.click(within(since).getAllByRole('spinbutton')[0]!);
    await user.keyboard('14062001');
    await user.click(within(form).getByRole('button', { name: 'Add spouse' }));
    const relatives = await screen.findByRole('list', { name: "Sue Baker's relatives" });
    expect(await within(relatives).findByText(/^Since /)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: /Add a relative/ })).toHaveFocus());
    const [tom] = await api.call('people:relatives', { id: sueId });
    expect(tom?.relationship.since).toBe('2001-06-14');
  });
});
