import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientsRepository } from '../../db/repositories/clients.ts';
import { ClientCreate, ClientList } from '../../src/contract/schemas/clients.ts';
import { fixedClock, tempStore, type TempStore } from '../helpers/temp-store.ts';

describe('clients repository on a real SQLite file', () => {
  let store: TempStore;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    store = await tempStore();
  });
  afterEach(() => store.dispose());

  const repo = () => clientsRepository(store.db, clock);
  const create = (name: string, kind: 'business' | 'household' = 'business') => repo().create(ClientCreate.parse({ name, kind }));

  it('creates a client with trimmed fields and timestamps', () => {
    const client = repo().create(ClientCreate.parse({ name: '  Smith Dental ', kind: 'business', phone: ' ', email: 'desk@smith.example' }));
    expect(client).toMatchObject({ name: 'Smith Dental', kind: 'business', phone: null, email: 'desk@smith.example', archived: false, createdAt: '2026-11-25T09:00:00.000Z' });
    expect(repo().get(client.id)).toEqual(client);
  });

  it('lists by name and hides archived clients unless asked', () => {
    create('Zed Accountants');
    const b = create('Baker household', 'household');
    create('Acme Printers');
    repo().archive({ id: b.id, archived: true });
    expect(repo().list(ClientList.parse(undefined)).map((c) => c.name)).toEqual(['Acme Printers', 'Zed Accountants']);
    expect(repo().list({ includeArchived: true }).map((c) => c.name)).toEqual(['Acme Printers', 'Baker household', 'Zed Accountants']);
  });

  it('renames and bumps updatedAt, keeping createdAt', () => {
    const c = create('Old name');
    clock.advance(60_000);
    const renamed = repo().update({ id: c.id, name: 'New name' });
    expect(renamed.name).toBe('New name');
    expect(renamed.createdAt).toBe(c.createdAt);
    expect(renamed.updatedAt).toBe('2026-11-25T09:01:00.000Z');
    clock.set('2026-11-25T09:00:00.000Z');
  });

  it('unarchives an archived client', () => {
    const c = create('Returning client');
    repo().archive({ id: c.id, archived: true });
    expect(repo().archive({ id: c.id, archived: false }).archived).toBe(false);
  });

  it('says clearly when a client does not exist', () => {
    expect(() => repo().get(999)).toThrow(/Client 999 was not found/);
    expect(() => repo().update({ id: 999, name: 'x' })).toThrow(/not found/);
  });

  it('keeps data across close and reopen of the file', async () => {
    const c = create('Persistent Ltd');
    store.close();
    const { openStore } = await import('../../db/connection.ts');
    const reopened = await openStore({ file: store.sqlite.name });
    expect(clientsRepository(reopened.db, clock).get(c.id).name).toBe('Persistent Ltd');
    reopened.close();
  });
});
