// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App.tsx';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';

describe('the clients screen', () => {
  let store: TempStore;
  beforeEach(async () => {
    store = await tempStore();
    // The app opens on Home; these tests start on the Clients screen (hash routes).
    window.location.hash = '#/clients';
  });
  afterEach(() => store.dispose());

  it('says what to do first when there are no clients', async () => {
    render(<App client={inProcessApi(store)} />);
    expect(await screen.findByRole('heading', { name: 'No clients yet' })).toBeInTheDocument();
    expect(screen.getByText(/Add your first client/)).toBeInTheDocument();
  });

  it('adds a household and shows it in the list', async () => {
    const user = userEvent.setup();
    render(<App client={inProcessApi(store)} />);
    await user.type(await screen.findByLabelText('Client name'), 'The Patels');
    await user.click(screen.getByLabelText('Household'));
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    const list = await screen.findByRole('list', { name: 'Clients' });
    expect(within(list).getByText('The Patels')).toBeInTheDocument();
    expect(within(list).getByText('Household')).toBeInTheDocument();
    expect(screen.getByLabelText('Client name')).toHaveValue('');
  });

  it('shows a validation error inline and keeps what was typed', async () => {
    const user = userEvent.setup();
    render(<App client={inProcessApi(store)} />);
    const input = await screen.findByLabelText('Client name');
    await user.type(input, 'x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The name is too long (at most 200 characters).');
    expect(input).toHaveValue('x'.repeat(201));
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a storage error on the row and leaves the name as it was', async () => {
    const user = userEvent.setup();
    const api = inProcessApi(store);
    await api.call('clients:create', { name: 'Acme' });
    render(<App client={api} />);
    await user.click(await screen.findByRole('button', { name: 'Rename Acme' }));
    store.sqlite.exec("create trigger no_update before update on clients begin select raise(abort, 'locked'); end");
    await user.clear(screen.getByLabelText('New name for Acme'));
    await user.type(screen.getByLabelText('New name for Acme'), 'Acme Ltd{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/nothing was changed/i);
    expect(screen.getByLabelText('New name for Acme')).toHaveValue('Acme Ltd');
  });

  it('archives a client and hides it until "Show archived" is ticked', async () => {
    const user = userEvent.setup();
    const api = inProcessApi(store);
    await api.call('clients:create', { name: 'Old Client' });
    render(<App client={api} />);
    await user.click(await screen.findByRole('button', { name: 'Archive Old Client' }));
    expect(await screen.findByRole('heading', { name: 'All your clients are archived' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('Show archived'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Unarchive Old Client' })).toBeInTheDocument());
  });
});
