import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PersonCreate, PersonList } from '../../../src/contract/schemas/people.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { repos } from './fixtures.ts';

describe('people repository on a real SQLite file', () => {
  let store: TempStore;
  let r: ReturnType<typeof repos>;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    store = await tempStore();
    r = repos(store, clock);
  });
  afterEach(() => store.dispose());

  const names = (list: { displayName: string }[]) => list.map((p) => p.displayName);
  const list = (input: Parameters<typeof PersonList.parse>[0] = undefined) => r.people.list(PersonList.parse(input));

  it('creates a person with a display name, birthday and timestamps', () => {
    const sue = r.person('Sue', 'Baker', { birthday: { month: 2, day: 29 }, nickname: ' Suzie ', phone: '' });
    expect(sue).toMatchObject({ displayName: 'Sue Baker', nickname: 'Suzie', phone: null, birthday: { month: 2, day: 29, year: null }, diedOn: null, followUpConsent: 'not_asked', createdAt: '2026-11-25T09:00:00.000Z' });
    expect(r.person('Lily').displayName).toBe('Lily');
    expect(r.people.get(sue.id)).toEqual(sue);
  });

  it('gives a new person a role at a client in the same step', () => {
    const shop = r.client('Baker & Sons');
    const home = r.client('The Bakers', 'household');
    const sue = r.people.create(PersonCreate.parse({ givenName: 'Sue', clientId: shop.id, role: 'owner' }));
    const tom = r.people.create(PersonCreate.parse({ givenName: 'Tom', clientId: home.id }));
    expect(r.roles.listForPerson(sue.id)).toMatchObject([{ role: 'owner', active: true, client: { name: 'Baker & Sons' } }]);
    expect(r.roles.listForPerson(tom.id)).toMatchObject([{ role: 'family', client: { name: 'The Bakers' } }]);
  });

  it('refuses a role without a client, or a missing client, and saves no one', () => {
    expect(() => r.people.create(PersonCreate.parse({ givenName: 'Sue', role: 'owner' }))).toThrow(/A role needs a client/);
    expect(() => r.people.create(PersonCreate.parse({ givenName: 'Sue', clientId: 77 }))).toThrow(/Client 77 was not found/);
    expect(countRows(store, 'people')).toBe(0);
  });

  it('lists by name, filters by client (current and past roles), name and deceased', () => {
    const shop = r.client('Baker & Sons');
    const sue = r.person('Sue', 'Baker');
    r.person('Ann', 'Smith', { nickname: 'Annie' });
    const bob = r.person('Bob', 'Jones');
    r.person('Lily');
    r.roles.create({ personId: sue.id, clientId: shop.id, role: 'owner', title: null, since: null, until: null });
    r.roles.create({ personId: bob.id, clientId: shop.id, role: 'staff', title: null, since: '2020-01-01', until: '2024-06-30' });
    r.people.markDeceased({ id: bob.id, diedOn: '2026-01-02', createEvent: false, notes: null });

    expect(names(list())).toEqual(['Ann Smith', 'Bob Jones', 'Lily', 'Sue Baker']);
    expect(names(list({ clientId: shop.id }))).toEqual(['Bob Jones', 'Sue Baker']);
    expect(names(list({ clientId: shop.id, includeDeceased: false }))).toEqual(['Sue Baker']);
    expect(names(list({ query: 'annie' }))).toEqual(['Ann Smith']);
    expect(names(list({ query: 'sue bak' }))).toEqual(['Sue Baker']);
    expect(names(list({ query: 'bak sue' }))).toEqual(['Sue Baker']);
    expect(names(list({ query: 'sue smith' }))).toEqual([]);
    expect(names(list({ query: '%' }))).toEqual([]);
    expect(() => list({ clientId: 999 })).toThrow(/Client 999 was not found/);
  });

  it('updates fields, sets and clears the birthday, bumps updatedAt', () => {
    const sue = r.person('Sue', 'Baker');
    clock.advance(60_000);
    const updated = r.people.update({ id: sue.id, familyName: 'Hart', birthday: { month: 5, day: 17, year: 1951 }, interests: 'allotment' });
    expect(updated).toMatchObject({ displayName: 'Sue Hart', birthday: { month: 5, day: 17, year: 1951 }, interests: 'allotment', createdAt: sue.createdAt, updatedAt: '2026-11-25T09:01:00.000Z' });
    expect(r.people.update({ id: sue.id, birthday: null })).toMatchObject({ birthday: null, interests: 'allotment', familyName: 'Hart' });
    clock.set('2026-11-25T09:00:00.000Z');
  });

  it('moves a person to the trash: gone from lists, relatives and roles, rows kept', () => {
    const shop = r.client('Baker & Sons');
    const sue = r.person('Sue', 'Baker');
    const frank = r.person('Frank', 'Baker');
    r.relate(sue.id, 'spouse', frank.id);
    r.roles.create({ personId: frank.id, clientId: shop.id, role: 'owner', title: null, since: null, until: null });

    expect(r.people.trash(frank.id)).toEqual({ entity: 'person', id: frank.id, label: 'Frank Baker', day: null, deletedAt: '2026-11-25T09:00:00.000Z' });
    expect(names(list())).toEqual(['Sue Baker']);
    expect(r.relationships.relativesOf(sue.id)).toEqual([]);
    expect(r.roles.listForClient(shop.id)).toEqual([]);
    expect(() => r.people.get(frank.id)).toThrow(/Person \d+ was not found/);
    expect(() => r.people.trash(frank.id)).toThrow(/not found/);
    expect([countRows(store, 'people'), countRows(store, 'relationships'), countRows(store, 'roles')]).toEqual([2, 1, 1]);
  });

  it('says clearly when a person does not exist', () => {
    expect(() => r.people.get(404)).toThrow(/Person 404 was not found/);
    expect(() => r.people.update({ id: 404, givenName: 'X' })).toThrow(/Person 404 was not found/);
    expect(() => r.people.markDeceased({ id: 404, diedOn: '2026-01-01', createEvent: true, notes: null })).toThrow(/Person 404 was not found/);
  });
});
