// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

describe('a death entered through the life-event form', () => {
  let store: TempStore;
  let api: ApiClient;
  let tomId: number;

  beforeEach(async () => {
    localStorage.clear();
    store = await tempStore();
    api = inProcessApi(store);
    const clientId = (await api.call('clients:create', { name: 'Reed Joinery', kind: 'business' })).id;
    tomId = (await api.call('people:create', { givenName: 'Tom', familyName: 'Reed', clientId, role: 'owner' })).id;
  });
  afterEach(() => store.dispose());

  it('asks who died and marks the one chosen, even when the title does not name him', async () => {
    const user = userEvent.setup();
    renderAppAt(`#/events/new?person=${tomId}`, api);
    await user.click(await screen.findByRole('button', { name: /Kind of news/ }));
    await user.click(await screen.findByRole('option', { name: /Death of a person/ }));
    await user.type(screen.getByRole('textbox', { name: 'What happened, in a few words' }), 'Passed away peacefully');
    await user.type(screen.getByRole('textbox', { name: 'Type it as they said it' }), 'in October 2026');
    // Nobody is marked by default: the form cannot tell a death from someone's loss.
    const who = screen.getByRole('combobox', { name: 'Who died?' });
    expect(who).toHaveValue('');
    await user.selectOptions(who, 'Tom Reed');
    await user.click(screen.getByRole('button', { name: 'Save life event' }));
    await waitFor(async () => expect((await api.call('people:get', { id: tomId })).diedOn).toBe('2026-10-01'));
  });
});
