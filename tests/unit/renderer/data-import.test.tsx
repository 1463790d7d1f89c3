// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { countRows, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { renderAppAt } from './render-app.tsx';

const SUE = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Sue Baker', 'N:Baker;Sue;;;', 'TEL;TYPE=CELL:07700 900123', 'BDAY:--0314', 'END:VCARD', ''].join('\r\n');

describe('importing on the Your data screen', () => {
  let store: TempStore;
  let api: ApiClient;

  beforeEach(async () => {
    store = await tempStore();
    api = inProcessApi(store);
  });
  afterEach(() => store.dispose());

  it('previews a vCard, writes nothing until Import, then adds the contact', async () => {
    const user = userEvent.setup();
    renderAppAt('#/data', api);
    await user.upload(await screen.findByLabelText('Choose a file to import'), new File([SUE], 'contacts.vcf', { type: 'text/vcard' }));

    const records = await screen.findByRole('table', { name: 'Records in contacts.vcf' });
    const sue = within(records).getByRole('row', { name: /Sue Baker/ });
    expect(sue).toHaveTextContent('Add');
    expect(sue).toHaveTextContent(/birthday, phone/);
    expect(screen.getByRole('list', { name: 'What importing contacts.vcf would do' })).toHaveTextContent('1 new');
    expect(countRows(store, 'people')).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('heading', { name: 'Imported contacts.vcf' })).toBeInTheDocument();
    expect(screen.getByText(/Added 1 person\./)).toBeInTheDocument();
    expect((await api.call('people:list', {})).map((p) => p.displayName)).toEqual(['Sue Baker']);
  });

  it('says why a file is refused and writes nothing', async () => {
    const user = userEvent.setup();
    renderAppAt('#/data', api);
    await user.upload(await screen.findByLabelText('Choose a file to import'), new File(['{"format":"askafter-export","version":7,"data":{}}'], 'newer.json', { type: 'application/json' }));
    expect(await screen.findByText(/made by a newer Ask After \(format version 7.*Update Ask After/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(countRows(store, 'people')).toBe(0);
  });
});
