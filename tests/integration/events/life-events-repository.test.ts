import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LifeEventCreate, LifeEventUpdate } from '../../../src/contract/schemas/events.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { repos } from '../people/fixtures.ts';

describe('life events on a real SQLite file', () => {
  let store: TempStore;
  let r: ReturnType<typeof repos>;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    store = await tempStore();
    r = repos(store, clock);
  });
  afterEach(() => store.dispose());

  const create = (input: Record<string, unknown>) => r.events.create(LifeEventCreate.parse({ typeKey: 'other', title: 'News', date: '2026-11-01', ...input }));
  const titles = (events: { title: string }[]) => events.map((e) => e.title);

  it('creates an event about people, with the catalogue tone unless overridden', () => {
    const sue = r.person('Sue', 'Baker');
    const lily = r.person('Lily');
    const birth = create({ typeKey: 'birth', title: 'Lily born', date: '2026-11-04', personIds: [sue.id, lily.id, lily.id] });
    expect(birth).toMatchObject({ typeKey: 'birth', title: 'Lily born', date: '2026-11-04', precision: 'day', tone: 'celebration', toneOverride: null, ongoing: false, personIds: [sue.id, lily.id], acknowledgements: [], createdAt: '2026-11-25T09:00:00.000Z' });
    // Saving says what else it changed: a birth changes nothing else.
    expect(birth.alsoChanged).toEqual([]);
    expect(r.events.get(birth.id)).toEqual({ ...birth, alsoChanged: undefined });
    expect(create({ typeKey: 'move', personIds: [sue.id], toneOverride: 'sensitive' }).tone).toBe('sensitive');
  });

  it('stores a month-precision date as the 1st and a year-precision one as 1 January', () => {
    const sue = r.person('Sue', 'Baker');
    expect(create({ date: '2026-03-17', precision: 'month', personIds: [sue.id] }).date).toBe('2026-03-01');
    expect(create({ date: '2025-08-09', precision: 'year', personIds: [sue.id] }).date).toBe('2025-01-01');
    const event = create({ date: '2026-05-20', personIds: [sue.id] });
    expect(r.events.update(LifeEventUpdate.parse({ id: event.id, precision: 'month' })).date).toBe('2026-05-01');
    expect(r.events.update(LifeEventUpdate.parse({ id: event.id, date: '2024-07-15', precision: 'year' })).date).toBe('2024-01-01');
  });

  it('refuses missing or trashed people, a missing client and an unknown type, saving nothing', () => {
    const sue = r.person('Sue', 'Baker');
    const gone = r.person('Gone');
    r.people.trash(gone.id);
    expect(() => create({ personIds: [sue.id, 404] })).toThrow(/Person 404 was not found/);
    expect(() => create({ personIds: [gone.id] })).toThrow(/Person \d+ was not found/);
    expect(() => create({ personIds: [], clientId: 404 })).toThrow(/Client 404 was not found/);
    expect(() => r.events.create({ ...LifeEventCreate.parse({ typeKey: 'other', title: 'x', date: '2026-01-01', personIds: [sue.id] }), typeKey: 'moon-landing' as 'other' })).toThrow(/"moon-landing" is not a kind of life event/);
    expect(countRows(store, 'life_events')).toBe(0);
    expect(countRows(store, 'life_event_people')).toBe(0);
  });

  it('lists by person or by client, newest first, leaving out the trash', () => {
    const shop = r.client('Baker & Sons');
    const sue = r.person('Sue', 'Baker');
    const tom = r.person('Tom', 'Baker');
    create({ title: 'Older', date: '2025-02-01', personIds: [sue.id] });
    create({ title: 'Newer', date: '2026-10-01', personIds: [sue.id, tom.id] });
    create({ title: 'Tom only', date: '2026-11-01', personIds: [tom.id] });
    const trashed = create({ title: 'Trashed', date: '2026-11-20', personIds: [sue.id] });
    create({ typeKey: 'new-office', title: 'New office', date: '2026-09-01', clientId: shop.id });
    create({ typeKey: 'new-hire', title: 'Tom joins', date: '2026-11-02', clientId: shop.id, personIds: [tom.id] });
    expect(r.events.trash(trashed.id)).toEqual({ entity: 'event', id: trashed.id, label: 'Trashed', day: null, deletedAt: '2026-11-25T09:00:00.000Z' });

    expect(titles(r.events.list({ personId: sue.id }))).toEqual(['Newer', 'Older']);
    expect(titles(r.events.list({ personId: tom.id }))).toEqual(['Tom joins', 'Tom only', 'Newer']);
    expect(titles(r.events.list({ clientId: shop.id }))).toEqual(['Tom joins', 'New office']);
    expect(titles(r.events.list({ clientId: shop.id, personId: tom.id }))).toEqual(['Tom joins']);
    expect(() => r.events.get(trashed.id)).toThrow(/Life event \d+ was not found/);
    expect(() => r.events.list({ personId: 404 })).toThrow(/Person 404 was not found/);
  });

  it('leaves a trashed person out of an event’s people, and keeps their link for a restore', () => {
    const sue = r.person('Sue', 'Baker');
    const frank = r.person('Frank', 'Baker');
    const tom = r.person('Tom', 'Baker');
    const wedding = create({ typeKey: 'wedding', title: 'Wedding', personIds: [sue.id, frank.id] });
    r.people.trash(frank.id);
    expect(r.events.get(wedding.id).personIds).toEqual([sue.id]);
    r.events.update(LifeEventUpdate.parse({ id: wedding.id, personIds: [sue.id, tom.id] }));
    store.sqlite.prepare('update people set deleted_at = null where id = ?').run(frank.id);
    expect(r.events.get(wedding.id).personIds).toEqual([sue.id, frank.id, tom.id]);
  });

  it('updates fields and replaces who the event is about', () => {
    const sue = r.person('Sue', 'Baker');
    const tom = r.person('Tom', 'Baker');
    const event = create({ typeKey: 'surgery', title: 'Knee operation', date: '2026-11-02', personIds: [sue.id] });
    clock.advance(60_000);
    const updated = r.events.update(LifeEventUpdate.parse({ id: event.id, title: 'Hip operation', ongoing: true, notes: 'Home next week', personIds: [tom.id] }));
    expect(updated).toMatchObject({ title: 'Hip operation', ongoing: true, notes: 'Home next week', date: '2026-11-02', tone: 'sensitive', personIds: [tom.id], createdAt: event.createdAt, updatedAt: '2026-11-25T09:01:00.000Z' });
    expect(r.events.list({ personId: sue.id })).toEqual([]);
    clock.set('2026-11-25T09:00:00.000Z');
  });

  it('refuses an update that leaves the event about nobody, or ends before it starts', () => {
    const sue = r.person('Sue', 'Baker');
    const event = create({ date: '2026-11-10', personIds: [sue.id] });
    expect(() => r.events.update(LifeEventUpdate.parse({ id: event.id, personIds: [] }))).toThrow(/Say who the event is about/);
    expect(() => r.events.update(LifeEventUpdate.parse({ id: event.id, endDate: '2026-11-09' }))).toThrow(/end date \(2026-11-09\) is before the event's date \(2026-11-10\)/);
    expect(() => r.events.update(LifeEventUpdate.parse({ id: event.id, clientId: 404 }))).toThrow(/Client 404 was not found/);
    expect(() => r.events.update(LifeEventUpdate.parse({ id: 404, title: 'x' }))).toThrow(/Life event 404 was not found/);
    expect(r.events.get(event.id).personIds).toEqual([sue.id]);
  });
});
