import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';

/**
 * Home counts a fortnight's anniversaries from `life_events.celebration_ends_on`, which triggers
 * keep (migration 0019). Whatever order things happen in (a death recorded and taken back,
 * someone trashed, restored or forgotten, a couple splitting, people merged onto an event, a
 * client trashed), the stored day must say what the rules say, read afresh from the tables.
 */

const PEOPLE = 4;
const EVENTS = 3;
const CLIENTS = 2;
const DAYS = ['2020-03-01', '2026-11-25', '2030-01-01'] as const;
const TODAYS = ['2019-01-01', '2026-11-25', '2026-11-26', '2031-01-01'] as const;

type Op =
  | { op: 'link' | 'unlink'; event: number; person: number }
  | { op: 'move'; event: number; from: number; to: number }
  | { op: 'die' | 'undie' | 'trash' | 'restore' | 'forget'; person: number }
  | { op: 'trashClient' | 'restoreClient'; client: number }
  | { op: 'setClient'; event: number; client: number | null }
  | { op: 'couple'; a: number; b: number; kind: 'spouse' | 'partner' | 'friend'; until: string | null }
  | { op: 'changeCouple'; index: number; until: string | null; kind: 'spouse' | 'partner' | 'friend' }
  | { op: 'uncouple'; index: number }
  | { op: 'newEvent'; client: number | null }
  | { op: 'retype'; event: number; typeKey: 'wedding' | 'trip' };

const person = fc.integer({ min: 1, max: PEOPLE });
const event = fc.integer({ min: 1, max: EVENTS });
const client = fc.integer({ min: 1, max: CLIENTS });
const kind = fc.constantFrom('spouse' as const, 'partner' as const, 'friend' as const);
const until = fc.option(fc.constantFrom(...DAYS), { nil: null });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constantFrom('link' as const, 'unlink' as const), event, person }),
  fc.record({ op: fc.constant('move' as const), event, from: person, to: person }),
  fc.record({ op: fc.constantFrom('die' as const, 'undie' as const, 'trash' as const, 'restore' as const, 'forget' as const), person }),
  fc.record({ op: fc.constantFrom('trashClient' as const, 'restoreClient' as const), client }),
  fc.record({ op: fc.constant('setClient' as const), event, client: fc.option(client, { nil: null }) }),
  fc.record({ op: fc.constant('couple' as const), a: person, b: person, kind, until }),
  fc.record({ op: fc.constant('changeCouple' as const), index: fc.nat(), until, kind }),
  fc.record({ op: fc.constant('uncouple' as const), index: fc.nat() }),
  fc.record({ op: fc.constant('newEvent' as const), client: fc.option(client, { nil: null }) }),
  fc.record({ op: fc.constant('retype' as const), event, typeKey: fc.constantFrom('wedding' as const, 'trip' as const) }),
);

/** The rules of src/briefing/dashboard-dates.ts, worked out in plain code from every row. */
function celebratedOn(store: TempStore, today: string): number[] {
  const rows = <T>(query: string) => store.sqlite.prepare(query).all() as T[];
  const people = new Map(rows<{ id: number; diedOn: string | null }>('select id, died_on as diedOn from people where deleted_at is null').map((p) => [p.id, p]));
  const liveClients = new Set(rows<{ id: number }>('select id from clients where deleted_at is null').map((c) => c.id));
  const on = new Map<number, number[]>();
  for (const l of rows<{ e: number; p: number }>('select event_id as e, person_id as p from life_event_people')) on.set(l.e, [...(on.get(l.e) ?? []), l.p]);
  const split = new Set(
    rows<{ a: number; b: number; until: string }>("select person_a_id as a, person_b_id as b, until from relationships where kind in ('partner', 'spouse') and until is not null")
      .filter((r) => r.until <= today)
      .map((r) => `${r.a}:${r.b}`),
  );
  return rows<{ id: number; clientId: number | null }>("select id, client_id as clientId from life_events where type_key = 'wedding' order by id").flatMap((e) => {
    const living = (on.get(e.id) ?? []).flatMap((id) => people.get(id) ?? []);
    if (living.some((p) => p.diedOn !== null)) return [];
    if (living.some((a) => living.some((b) => split.has(`${a.id}:${b.id}`)))) return [];
    if (living.length === 0 && (e.clientId === null || !liveClients.has(e.clientId))) return [];
    return [e.id];
  });
}

/** What Home reads: the stored day, compared with today. */
const storedCelebratedOn = (store: TempStore, today: string) =>
  (store.sqlite.prepare("select id from life_events where type_key = 'wedding' and (celebration_ends_on is null or celebration_ends_on > ?) order by id").all(today) as { id: number }[]).map((e) => e.id);

function apply(store: TempStore, o: Op) {
  const run = (query: string, ...params: unknown[]) => store.sqlite.prepare(query).run(...params);
  const couples = () => (store.sqlite.prepare('select id from relationships order by id').all() as { id: number }[]).map((r) => r.id);
  switch (o.op) {
    case 'link':
      return run('insert or ignore into life_event_people (event_id, person_id) select ?, ? where exists (select 1 from life_events where id = ?) and exists (select 1 from people where id = ?)', o.event, o.person, o.event, o.person);
    case 'unlink':
      return run('delete from life_event_people where event_id = ? and person_id = ?', o.event, o.person);
    case 'move':
      // As merging two people does: the links of one become the other's.
      return run('update or ignore life_event_people set person_id = ? where event_id = ? and person_id = ? and exists (select 1 from people where id = ?)', o.to, o.event, o.from, o.to);
    case 'die':
      return run("update people set died_on = '2024-05-01' where id = ?", o.person);
    case 'undie':
      return run('update people set died_on = null where id = ?', o.person);
    case 'trash':
      return run("update people set deleted_at = '2026-11-20T09:00:00.000Z' where id = ?", o.person);
    case 'restore':
      return run('update people set deleted_at = null where id = ?', o.person);
    case 'forget':
      return run('delete from people where id = ?', o.person);
    case 'trashClient':
      return run("update clients set deleted_at = '2026-11-20T09:00:00.000Z' where id = ?", o.client);
    case 'restoreClient':
      return run('update clients set deleted_at = null where id = ?', o.client);
    case 'setClient':
      return run('update life_events set client_id = ? where id = ?', o.client, o.event);
    case 'couple':
      if (o.a === o.b) return;
      return run('insert into relationships (person_a_id, person_b_id, kind, until) select ?, ?, ?, ? where exists (select 1 from people where id = ?) and exists (select 1 from people where id = ?)', o.a, o.b, o.kind, o.until, o.a, o.b);
    case 'changeCouple': {
      const ids = couples();
      if (ids.length > 0) run('update relationships set until = ?, kind = ? where id = ?', o.until, o.kind, ids[o.index % ids.length]);
      return;
    }
    case 'uncouple': {
      const ids = couples();
      if (ids.length > 0) run('delete from relationships where id = ?', ids[o.index % ids.length]);
      return;
    }
    case 'newEvent':
      return run("insert into life_events (type_key, title, date, precision, client_id) values ('wedding', 'Wedding', '2010-11-27', 'day', ?)", o.client);
    case 'retype':
      // Only yearly events have anniversaries to celebrate: a trip's is never read.
      return run('update life_events set type_key = ? where id = ?', o.typeKey, o.event);
  }
}

describe('when an anniversary stops being celebrated, as stored for Home', () => {
  let store: TempStore;
  beforeEach(async () => {
    store = await tempStore();
  });
  afterEach(() => store.dispose());

  const seed = () => {
    store.sqlite.exec('delete from life_events; delete from relationships; delete from people; delete from clients;');
    for (let c = 1; c <= CLIENTS; c++) store.sqlite.prepare("insert into clients (id, name, kind) values (?, ?, 'household')").run(c, `Client ${c}`);
    for (let p = 1; p <= PEOPLE; p++) store.sqlite.prepare('insert into people (id, given_name) values (?, ?)').run(p, `Person ${p}`);
    // Each wedding starts with its couple on it (people e and e + 1), half of them with a client.
    for (let e = 1; e <= EVENTS; e++) {
      store.sqlite.prepare("insert into life_events (id, type_key, title, date, precision, client_id) values (?, 'wedding', 'Wedding', '2010-11-27', 'day', ?)").run(e, e % 2 === 0 ? 1 : null);
      store.sqlite.prepare('insert into life_event_people (event_id, person_id) values (?, ?), (?, ?)').run(e, e, e, e + 1);
    }
  };

  it('follows every change to the people, couples, clients and the trash, in any order', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        seed();
        for (const o of ops) apply(store, o);
        for (const today of TODAYS) expect(storedCelebratedOn(store, today)).toEqual(celebratedOn(store, today));
      }),
      { numRuns: 300 },
    );
  });

  it('judges an event afresh when it is given another type or another client', () => {
    seed();
    const celebrated = (event: number) => storedCelebratedOn(store, '2026-11-25').includes(event);
    // Recorded as a trip, one of them died, then corrected to their wedding: not a celebration.
    apply(store, { op: 'retype', event: 1, typeKey: 'trip' });
    apply(store, { op: 'die', person: 1 });
    apply(store, { op: 'retype', event: 1, typeKey: 'wedding' });
    expect(celebrated(1)).toBe(false);
    // Both of a couple in the trash: their client keeps it, until it has none.
    apply(store, { op: 'trash', person: 2 });
    apply(store, { op: 'trash', person: 3 });
    expect(celebrated(2)).toBe(true);
    apply(store, { op: 'setClient', event: 2, client: null });
    expect(celebrated(2)).toBe(false);
    apply(store, { op: 'setClient', event: 2, client: 2 });
    expect(celebrated(2)).toBe(true);
  });

  it('drops a wedding when one of the couple dies or they split, and brings it back when that is taken back', () => {
    seed();
    const celebrated = () => storedCelebratedOn(store, '2026-11-25').includes(1);
    expect(celebrated()).toBe(true);
    apply(store, { op: 'die', person: 2 });
    expect(celebrated()).toBe(false);
    apply(store, { op: 'undie', person: 2 });
    apply(store, { op: 'couple', a: 1, b: 2, kind: 'spouse', until: '2026-11-25' });
    expect(celebrated()).toBe(false);
    // A split typed for a day still to come: celebrated until then.
    apply(store, { op: 'changeCouple', index: 0, until: '2030-01-01', kind: 'spouse' });
    expect(celebrated()).toBe(true);
    expect(storedCelebratedOn(store, '2030-01-01')).not.toContain(1);
    // The ex in the trash: the split no longer counts, the wedding is theirs alone.
    apply(store, { op: 'trash', person: 2 });
    expect(storedCelebratedOn(store, '2031-01-01')).toContain(1);
    // Both gone and no client: nobody to celebrate it with.
    apply(store, { op: 'forget', person: 1 });
    expect(celebrated()).toBe(false);
    // Two records of one person merged, one of them recorded as having died: their wedding goes quiet.
    apply(store, { op: 'restore', person: 2 });
    apply(store, { op: 'die', person: 2 });
    expect(storedCelebratedOn(store, '2026-11-25')).toContain(3);
    apply(store, { op: 'move', event: 3, from: 3, to: 2 });
    expect(storedCelebratedOn(store, '2026-11-25')).not.toContain(3);
  });
});
