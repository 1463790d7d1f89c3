import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { repos } from './fixtures.ts';

describe('roles on a real SQLite file', () => {
  let store: TempStore;
  let r: ReturnType<typeof repos>;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    store = await tempStore();
    r = repos(store, clock);
  });
  afterEach(() => store.dispose());

  const role = (personId: number, clientId: number, kind: 'owner' | 'manager' | 'staff' | 'family' | 'other', dates: { since?: string; until?: string } = {}) =>
    r.roles.create({ personId, clientId, role: kind, title: null, since: dates.since ?? null, until: dates.until ?? null });

  it('lists a client’s people, current roles first, then ended ones, leaving out the trash', () => {
    const shop = r.client('Baker & Sons');
    const sue = r.person('Sue', 'Baker');
    const amy = r.person('Amy', 'Lee');
    const bob = r.person('Bob', 'Jones');
    const gone = r.person('Gone', 'Person');
    role(bob.id, shop.id, 'staff', { since: '2018-01-01', until: '2023-03-31' });
    role(sue.id, shop.id, 'owner');
    role(amy.id, shop.id, 'manager');
    role(gone.id, shop.id, 'staff');
    r.people.trash(gone.id);
    expect(r.roles.listForClient(shop.id).map((x) => `${x.person.displayName} ${x.role}${x.active ? '' : ' (ended)'}`)).toEqual([
      'Amy Lee manager',
      'Sue Baker owner',
      'Bob Jones staff (ended)',
    ]);
  });

  it('lists a person’s roles with the client, leaving out clients in the trash', () => {
    const shop = r.client('Baker & Sons');
    const old = r.client('Old Firm');
    const sue = r.person('Sue', 'Baker');
    role(sue.id, shop.id, 'owner', { since: '2001-05-01' });
    role(sue.id, old.id, 'staff');
    r.clients.trash(old.id);
    expect(r.roles.listForPerson(sue.id)).toMatchObject([{ role: 'owner', since: '2001-05-01', active: true, client: { id: shop.id, name: 'Baker & Sons' } }]);
  });

  it('refuses a duplicate active role but allows the same role again after it ended', () => {
    const shop = r.client('Baker & Sons');
    const sue = r.person('Sue', 'Baker');
    const first = role(sue.id, shop.id, 'manager');
    expect(() => role(sue.id, shop.id, 'manager')).toThrow(/Sue Baker is already manager at Baker & Sons/);
    expect(role(sue.id, shop.id, 'owner').active).toBe(true);
    r.roles.end({ id: first.id, until: '2026-01-31' });
    expect(role(sue.id, shop.id, 'manager').active).toBe(true);
    expect(() => r.roles.update({ id: first.id, until: null })).toThrow(/already manager/);
  });

  it('refuses missing people and clients by name instead of a database error', () => {
    const shop = r.client('Baker & Sons');
    const sue = r.person('Sue', 'Baker');
    expect(() => role(404, shop.id, 'staff')).toThrow(/Person 404 was not found/);
    expect(() => role(sue.id, 404, 'staff')).toThrow(/Client 404 was not found/);
    expect(() => r.roles.listForClient(404)).toThrow(/Client 404 was not found/);
    expect(() => r.roles.listForPerson(404)).toThrow(/Person 404 was not found/);
    expect(countRows(store, 'roles')).toBe(0);
  });

  it('updates, ends (refusing an end before the start) and deletes a role', () => {
    const shop = r.client('Baker & Sons');
    const sue = r.person('Sue', 'Baker');
    const held = role(sue.id, shop.id, 'staff', { since: '2020-09-01' });
    expect(r.roles.update({ id: held.id, role: 'manager', title: 'Practice manager' })).toMatchObject({ role: 'manager', title: 'Practice manager', since: '2020-09-01', active: true });
    expect(() => r.roles.end({ id: held.id, until: '2020-08-31' })).toThrow(/end date \(2020-08-31\) of the role is before its start date \(2020-09-01\)/);
    expect(r.roles.end({ id: held.id, until: '2026-11-20' })).toMatchObject({ until: '2026-11-20', active: false });
    expect(r.roles.delete(held.id)).toEqual({ id: held.id });
    expect(() => r.roles.get(held.id)).toThrow(/Role \d+ was not found/);
    expect(() => r.roles.delete(held.id)).toThrow(/not found/);
  });
});
