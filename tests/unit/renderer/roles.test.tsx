// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

describe('roles at a client', () => {
  let store: TempStore;
  let api: ApiClient;
  let clientId: number;

  beforeEach(async () => {
    localStorage.clear();
    store = await tempStore();
    api = inProcessApi(store);
    clientId = (await api.call('clients:create', { name: 'Smith Dental', kind: 'business' })).id;
  });
  afterEach(() => store.dispose());

  async function addPerson(user: ReturnType<typeof userEvent.setup>, givenName: string, role?: string) {
    const form = await screen.findByRole('form', { name: 'Add a person' });
    await user.type(within(form).getByRole('textbox', { name: 'First name' }), givenName);
    if (role) {
      await user.click(within(form).getByRole('button', { name: /Role/ }));
      await user.click(await screen.findByRole('option', { name: role }));
    }
    await user.click(within(form).getByRole('button', { name: 'Add person' }));
    await within(form).findByText(`${givenName} added.`);
    return form;
  }

  it('gives the second person the default role, not the first one’s, and puts focus back on First name', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/clients/${clientId}`, api);
    await addPerson(user, 'Sarah', 'Owner');
    const form = await addPerson(user, 'Priya');
    await waitFor(() => expect(within(form).getByRole('textbox', { name: 'First name' })).toHaveFocus());
    const roles = await api.call('roles:listForClient', { clientId });
    expect(roles.map((r) => [r.person.givenName, r.role]).sort()).toEqual([
      ['Priya', 'staff'],
      ['Sarah', 'owner'],
    ]);
  });

  it('changes and then ends a role from the client’s page', async () => {
    const user = userEvent.setup();
    await api.call('people:create', { givenName: 'Sarah', familyName: 'Smith', clientId, role: 'staff' });
    renderAppAt(`#/clients/${clientId}`, api);
    await user.click(await screen.findByRole('button', { name: 'Edit or end Sarah Smith’s role' }));
    let dialog = await screen.findByRole('dialog', { name: 'Sarah Smith at Smith Dental' });
    await user.click(within(dialog).getByRole('button', { name: /Role/ }));
    await user.click(await screen.findByRole('option', { name: 'Manager' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Job title (optional)' }), 'Practice manager');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const list = await screen.findByRole('list', { name: 'People at this client' });
    expect(await within(list).findByText('Practice manager')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit or end Sarah Smith’s role' }));
    dialog = await screen.findByRole('dialog', { name: 'Sarah Smith at Smith Dental' });
    await user.click(within(dialog).getByRole('checkbox', { name: /This role has ended/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'People at this client' })).toBeNull());
    expect(screen.getByText(/Before:/)).toHaveTextContent('Sarah Smith (manager, until');
    const [role] = await api.call('roles:listForClient', { clientId });
    expect(role).toMatchObject({ role: 'manager', title: 'Practice manager', active: false });
  });

  it('ends a role from the person’s page', async () => {
    const user = userEvent.setup();
    const sarah = await api.call('people:create', { givenName: 'Sarah', familyName: 'Smith', clientId, role: 'owner' });
    renderAppAt(`#/people/${sarah.id}`, api);
    await user.click(await screen.findByRole('button', { name: 'Edit or end Sarah Smith’s role at Smith Dental' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sarah Smith at Smith Dental' });
    await user.click(within(dialog).getByRole('checkbox', { name: /This role has ended/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/\(before\)/)).toBeInTheDocument();
    const [role] = await api.call('roles:listForPerson', { personId: sarah.id });
    expect(role?.active).toBe(false);
  });

  it('keeps a half-typed new person across a reload, says so, and can discard it', async () => {
    const user = userEvent.setup();
    const first = renderAppAt(`#/clients/${clientId}`, api);
    await user.click(await screen.findByText('Add a person'));
    await user.type(await screen.findByRole('textbox', { name: 'First name' }), 'Priya');
    first.unmount();
    renderAppAt(`#/clients/${clientId}`, api);
    const form = await screen.findByRole('form', { name: 'Add a person' });
    expect(within(form).getByRole('textbox', { name: 'First name' })).toHaveValue('Priya');
    expect(within(form).getByRole('status')).toHaveTextContent('Draft restored');
    await user.click(within(form).getByRole('button', { name: 'Discard draft' }));
    expect(within(form).getByRole('textbox', { name: 'First name' })).toHaveValue('');
    expect(within(form).queryByText(/Draft restored/)).toBeNull();
  });
});
