import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AddRelative } from '../../../src/contract/schemas/people.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { repos } from './fixtures.ts';

describe('relationships on a real SQLite file', () => {
  let store: TempStore;
  let r: ReturnType<typeof repos>;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    store = await tempStore();
    r = repos(store, clock);
  });
  afterEach(() => store.dispose());

  const seen = (personId: number) => r.relationships.relativesOf(personId).map((v) => `${v.other.displayName}: ${v.otherIs}${v.relationship.current ? '' : ' (ended)'}`);

  it('reads asymmetric kinds correctly from both sides', () => {
    const sue = r.person('Sue', 'Baker');
    const tom = r.person('Tom', 'Baker');
    const lily = r.person('Lily');
    r.relate(sue.id, 'grandparent', lily.id);
    r.relate(sue.id, 'parent', tom.id);
    r.relate(tom.id, 'parent', lily.id);
    expect(seen(sue.id)).toEqual(['Tom Baker: child', 'Lily: grandchild']);
    expect(seen(lily.id)).toEqual(['Tom Baker: parent', 'Sue Baker: grandparent']);
    expect(seen(tom.id)).toEqual(['Sue Baker: parent', 'Lily: child']);
  });

  it('lists current relationships before ended ones; ending one makes it no longer current', () => {
    const sue = r.person('Sue', 'Baker');
    const jo = r.person('Jo', 'Hart');
    const bob = r.person('Bob', 'Jones');
    const partners = r.relate(sue.id, 'partner', jo.id);
    r.relate(bob.id, 'friend', sue.id);
    const ended = r.relationships.end({ id: partners.id, until: '2026-06-01' });
    expect(ended).toMatchObject({ until: '2026-06-01', current: false });
    expect(seen(sue.id)).toEqual(['Bob Jones: friend', 'Jo Hart: partner (ended)']);
    expect(seen(jo.id)).toEqual(['Sue Baker: partner (ended)']);
  });

  it('refuses self, missing people, duplicates of a current kind either way round, and ends before starts', () => {
    const sue = r.person('Sue', 'Baker');
    const frank = r.person('Frank', 'Baker');
    const base = { since: null, until: null, notes: null };
    expect(() => r.relationships.create({ ...base, personAId: sue.id, personBId: sue.id, kind: 'friend' })).toThrow(/cannot be related to themselves/);
    expect(() => r.relationships.create({ ...base, personAId: sue.id, personBId: 99, kind: 'friend' })).toThrow(/Person 99 was not found/);
    r.relate(sue.id, 'spouse', frank.id);
    expect(() => r.relate(frank.id, 'spouse', sue.id)).toThrow(/Frank Baker and Sue Baker already have a current spouse relationship/);
    expect(() => r.relate(frank.id, 'parent', sue.id)).not.toThrow();
    expect(() => r.relate(sue.id, 'parent', frank.id)).toThrow(/current parent–child relationship/);
    expect(() => r.relationships.create({ ...base, personAId: sue.id, personBId: frank.id, kind: 'friend', since: '2020-05-01', until: '2020-04-01' })).toThrow(/end date \(2020-04-01\) of the relationship is before its start date \(2020-05-01\)/);
    expect(countRows(store, 'relationships')).toBe(2);
  });

  it('allows a couple to get back together after a separation', () => {
    const sue = r.person('Sue', 'Baker');
    const jo = r.person('Jo', 'Hart');
    const first = r.relate(sue.id, 'partner', jo.id);
    r.relationships.end({ id: first.id, until: '2025-01-01' });
    expect(r.relate(jo.id, 'partner', sue.id).current).toBe(true);
    expect(seen(sue.id)).toEqual(['Jo Hart: partner', 'Jo Hart: partner (ended)']);
  });

  it('updates, refuses an end before the start, and deletes', () => {
    const sue = r.person('Sue', 'Baker');
    const jo = r.person('Jo', 'Hart');
    const rel = r.relationships.create({ personAId: sue.id, personBId: jo.id, kind: 'partner', since: '2019-04-01', until: null, notes: null });
    expect(r.relationships.update({ id: rel.id, kind: 'spouse', notes: 'Married in Whitby' })).toMatchObject({ kind: 'spouse', since: '2019-04-01', notes: 'Married in Whitby', current: true });
    expect(() => r.relationships.end({ id: rel.id, until: '2019-03-31' })).toThrow(/before its start date/);
    expect(r.relationships.update({ id: rel.id, since: null })).toMatchObject({ since: null });
    expect(r.relationships.delete(rel.id)).toEqual({ id: rel.id });
    expect(() => r.relationships.get(rel.id)).toThrow(/Relationship \d+ was not found/);
    expect(() => r.relationships.end({ id: rel.id, until: '2026-01-01' })).toThrow(/not found/);
    expect(() => r.relationships.delete(rel.id)).toThrow(/not found/);
  });

  it('refuses an update that would duplicate a current relationship', () => {
    const sue = r.person('Sue', 'Baker');
    const jo = r.person('Jo', 'Hart');
    r.relate(sue.id, 'spouse', jo.id);
    const friends = r.relate(sue.id, 'friend', jo.id);
    expect(() => r.relationships.update({ id: friends.id, kind: 'spouse' })).toThrow(/already have a current spouse relationship/);
  });

  describe('adding a relative in one step', () => {
    const add = (input: unknown) => r.people.addRelative(AddRelative.parse(input));

    it('creates the new person and the relationship in the right direction', () => {
      const sue = r.person('Sue', 'Baker');
      const view = add({ personId: sue.id, relativeIs: 'grandchild', relative: { givenName: 'Lily' }, since: '2026-11-04' });
      expect(view).toMatchObject({ otherIs: 'grandchild', other: { displayName: 'Lily' }, relationship: { personAId: sue.id, kind: 'grandparent', since: '2026-11-04', current: true } });
      expect(seen(view.other.id)).toEqual(['Sue Baker: grandparent']);
      const mum = add({ personId: sue.id, relativeIs: 'parent', relative: { givenName: 'May', familyName: 'Hart' } });
      expect(mum.relationship).toMatchObject({ personAId: mum.other.id, personBId: sue.id, kind: 'parent' });
      expect(seen(sue.id)).toEqual(['May Hart: parent', 'Lily: grandchild']);
    });

    it('links an existing person', () => {
      const sue = r.person('Sue', 'Baker');
      const tom = r.person('Tom', 'Baker');
      expect(add({ personId: sue.id, relativeIs: 'child', relative: { existingId: tom.id } })).toMatchObject({ otherIs: 'child', other: { id: tom.id } });
      expect(seen(tom.id)).toEqual(['Sue Baker: parent']);
    });

    it('gives the new relative a role at a client when asked', () => {
      const home = r.client('The Bakers', 'household');
      const sue = r.person('Sue', 'Baker');
      const tom = add({ personId: sue.id, relativeIs: 'child', relative: { givenName: 'Tom', clientId: home.id } }).other;
      expect(r.roles.listForClient(home.id)).toMatchObject([{ role: 'family', person: { id: tom.id } }]);
    });

    it('leaves no new person behind when the relationship cannot be made', () => {
      const sue = r.person('Sue', 'Baker');
      expect(() => add({ personId: 999, relativeIs: 'grandchild', relative: { givenName: 'Lily' } })).toThrow(/Person 999 was not found/);
      expect(() => add({ personId: sue.id, relativeIs: 'friend', relative: { existingId: sue.id } })).toThrow(/cannot be related to themselves/);
      const home = r.client('The Bakers', 'household');
      r.clients.trash(home.id);
      expect(() => add({ personId: sue.id, relativeIs: 'child', relative: { givenName: 'Tom', clientId: home.id } })).toThrow(/Client \d+ was not found/);
      expect(countRows(store, 'people')).toBe(1);
      expect(countRows(store, 'relationships')).toBe(0);
    });
  });
});
