import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { SAMPLE_SIZES, type SampleSize } from '../../../db/sample/sizes.ts';
import { LIFE_EVENT_TYPES, TONES, lifeEventType, type LifeEventTypeKey, type Tone } from '../../../src/catalogue/life-events.ts';
import type { SearchHit } from '../../../src/contract/schemas/search.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

const NOW = new Date('2026-11-25T09:00:00.000Z');
const DAY = 86_400_000;

/** Every row of every table, sorted, so two databases can be compared by content. */
function contents(store: TempStore): Record<string, string[]> {
  const tables = store.sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (store.sqlite.prepare(`select * from "${name}"`).raw().all() as unknown[][]).map((row) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort()]));
}

function checksPass(store: TempStore) {
  expect(store.sqlite.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
  expect(store.sqlite.prepare("insert into search_index (search_index, rank) values ('integrity-check', 1)").run()).toBeTruthy();
}

function tonesAndTypes(store: TempStore) {
  const rows = store.sqlite.prepare('select type_key as typeKey, tone_override as toneOverride from life_events').all() as { typeKey: LifeEventTypeKey; toneOverride: Tone | null }[];
  return {
    types: new Set(rows.map((r) => r.typeKey)),
    tones: new Set(rows.map((r) => r.toneOverride ?? lifeEventType(r.typeKey).tone)),
  };
}

describe('the sample-data generator', () => {
  const stores: TempStore[] = [];
  const fresh = async () => {
    const store = await tempStore();
    stores.push(store);
    return store;
  };
  afterEach(() => {
    for (const store of stores.splice(0)) store.dispose();
  });

  it('gives the same database for the same seed and now, and a different one for another seed', async () => {
    const [a, b, c] = [await fresh(), await fresh(), await fresh()];
    generateSampleData(a.sqlite, SAMPLE_SIZES.sample, NOW);
    generateSampleData(b.sqlite, SAMPLE_SIZES.sample, NOW);
    generateSampleData(c.sqlite, { ...SAMPLE_SIZES.sample, seed: 7 }, NOW);
    const first = contents(a);
    expect(first.people).toHaveLength(200);
    expect(contents(b)).toEqual(first);
    expect(contents(c).people).not.toEqual(first.people);
  });

  describe('the "sample" size', () => {
    let store: TempStore;
    const all = <T>(sql: string, ...params: unknown[]) => store.sqlite.prepare(sql).all(...params) as T[];
    const one = <T>(sql: string, ...params: unknown[]) => store.sqlite.prepare(sql).get(...params) as T;

    it('is about a year of a consultant\'s work, sound and complete', async () => {
      store = await fresh();
      const counts = generateSampleData(store.sqlite, SAMPLE_SIZES.sample, NOW);
      expect(counts).toMatchObject({ clients: 40, people: 200, events: 480 });
      expect(counts.visits).toBeGreaterThan(500);
      expect(counts.visits).toBeLessThan(600);
      checksPass(store);

      const { types, tones } = tonesAndTypes(store);
      expect([...types].sort()).toEqual(LIFE_EVENT_TYPES.map((t) => t.key).sort());
      expect([...tones].sort()).toEqual([...TONES].sort());

      // Businesses and households, with rhythms and logistics.
      expect(all<{ kind: string }>('select distinct kind from clients order by kind').map((r) => r.kind)).toEqual(['business', 'household']);
      expect(one<{ n: number }>('select count(*) as n from clients where rhythm_days is not null and parking is not null and ask_for is not null').n).toBeGreaterThan(25);

      // Families: partners, children, grandchildren known by first name only, couples who split.
      const kinds = all<{ kind: string }>('select distinct kind from relationships').map((r) => r.kind);
      expect(kinds).toEqual(expect.arrayContaining(['spouse', 'partner', 'parent', 'grandparent']));
      expect(one<{ n: number }>('select count(*) as n from relationships where until is not null and kind in (\'spouse\', \'partner\')').n).toBeGreaterThan(0);
      expect(one<{ n: number }>("select count(*) as n from people p join relationships r on r.person_b_id = p.id and r.kind = 'grandparent' where p.family_name is null").n).toBeGreaterThan(0);

      // Everyone who died has a death event about them, on the day they died.
      const deceased = all<{ id: number; diedOn: string; deathEvents: number }>(
        "select p.id, p.died_on as diedOn, (select count(*) from life_event_people lp join life_events e on e.id = lp.event_id where lp.person_id = p.id and e.type_key = 'death' and e.date = p.died_on) as deathEvents from people p where p.died_on is not null",
      );
      expect(deceased.length).toBeGreaterThan(0);
      for (const person of deceased) expect(person.deathEvents, `person ${person.id}`).toBe(1);

      expect(countRows(store, 'acknowledgements')).toBeGreaterThan(0);

      // A year or so of completed visits (the span follows the rhythms drawn) with notes, work done and who was there; planned ones in the next two weeks.
      const completed = one<{ n: number; earliest: string; latest: string; bare: number }>(
        "select count(*) as n, min(starts_at) as earliest, max(starts_at) as latest, sum(notes is null or work_done is null or not exists (select 1 from visit_attendees a where a.visit_id = v.id and a.attended)) as bare from visits v where status = 'completed'",
      );
      expect(completed.bare).toBe(0);
      expect(Date.parse(completed.latest)).toBeLessThan(NOW.getTime());
      expect(NOW.getTime() - Date.parse(completed.earliest)).toBeGreaterThan(330 * DAY);
      expect(NOW.getTime() - Date.parse(completed.earliest)).toBeLessThan(480 * DAY);
      const planned = all<{ startsAt: string }>("select starts_at as startsAt from visits where status = 'planned'");
      expect(planned.length).toBeGreaterThan(3);
      for (const { startsAt } of planned) {
        expect(Date.parse(startsAt)).toBeGreaterThan(NOW.getTime());
        expect(Date.parse(startsAt)).toBeLessThan(NOW.getTime() + 15 * DAY);
      }

      const followUps = one<{ overdue: number; done: number }>(
        'select sum(done_at is null and due_at < ?) as overdue, sum(done_at is not null) as done from follow_ups',
        NOW.toISOString(),
      );
      expect(followUps.overdue).toBeGreaterThan(0);
      expect(followUps.done).toBeGreaterThan(0);
      expect(one<{ n: number }>('select count(*) as n from incidents where cause is null').n).toBeGreaterThan(0);
      expect(countRows(store, 'know_how')).toBeGreaterThan(20);

      // A few tags; the rhythm one only on clients with their own, so the dashboard is as before.
      expect(all('select t.name, count(ct.client_id) as clients from tags t left join client_tags ct on ct.tag_id = t.id group by t.id order by t.id')).toEqual([
        { name: 'On retainer', clients: expect.any(Number) },
        { name: 'Backup contract', clients: 10 },
        { name: 'Newsletter', clients: 0 },
      ]);
      expect(one<{ n: number }>('select count(*) as n from clients where tag_rhythm_days is not null and rhythm_days is null').n).toBe(0);
      expect(countRows(store, 'person_tags')).toBeGreaterThan(10);

      // A few businesses keep their ISP, router and Microsoft 365 renewal; the first renewal's reminder has begun.
      expect(one<{ n: number }>("select count(distinct client_id) as n from client_fields where label = 'ISP'").n).toBeGreaterThan(3);
      expect(one<{ n: number }>("select count(*) as n from client_fields where kind = 'date' and julianday(value) - remind_days_before <= julianday(?)", NOW.toISOString().slice(0, 10)).n).toBeGreaterThan(0);

      // Nothing is dated by the wall clock.
      expect(all('select distinct created_at from people')).toEqual([{ created_at: NOW.toISOString() }]);
    });
  });

  it('loads through demo:load, and a grandchild\'s name then finds the grandparent', async () => {
    const store = await fresh();
    const call = createDispatcher(store, fixedClock(NOW.toISOString()));
    const loaded = call('demo:load', {});
    expect(loaded).toEqual({ ok: true, value: { clients: 40, people: 200, events: 480, visits: countRows(store, 'visits') } });

    const { grandchild, grandparent } = store.sqlite
      .prepare(
        `select gc.given_name as grandchild, gp.id as grandparent from relationships r
         join people gc on gc.id = r.person_b_id join people gp on gp.id = r.person_a_id
         where r.kind = 'grandparent' and exists (select 1 from roles where person_id = gp.id and until is null) order by r.id limit 1`,
      )
      .get() as { grandchild: string; grandparent: number };
    const result = call('search:query', { q: grandchild, limit: 100 });
    expect(result.ok).toBe(true);
    const hits = (result as { value: SearchHit[] }).value;
    expect(hits).toContainEqual(expect.objectContaining({ id: grandparent, via: expect.objectContaining({ relation: 'grandparent' }) }));
  });

  it('refuses a database that already has data, and adds nothing', async () => {
    const store = await fresh();
    const call = createDispatcher(store, fixedClock(NOW.toISOString()));
    call('clients:create', { name: 'Real Client Ltd', kind: 'business' });
    expect(call('demo:load', { size: 'sample' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already has clients or people.*new, empty database/) },
    });
    expect(countRows(store, 'clients')).toBe(1);
    expect(countRows(store, 'people')).toBe(0);
    expect(call('demo:load', { size: 'large' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('is as plausible per person at a twentieth of the large size as at the sample size: larger in count only', async () => {
    const perPerson = async (size: SampleSize) => {
      const store = await fresh();
      generateSampleData(store.sqlite, size, NOW);
      const value = (sql: string) => (store.sqlite.prepare(sql).get() as { v: number | string | null }).v;
      const years = (NOW.getTime() - Date.parse(String(value("select min(starts_at) as v from visits where status = 'completed'")))) / (365 * DAY);
      const last = new Date(NOW.getTime() - 365 * DAY).toISOString().slice(0, 10);
      return {
        // Nobody has more than one health matter going on, or loses a baby twice.
        ongoingHealth: value("select max(n) as v from (select count(*) as n from life_events e join life_event_people p on p.event_id = e.id where e.ongoing = 1 and e.type_key in ('illness','treatment','caring-for-someone','mental-health','recovery','hospital-stay','diagnosis') group by p.person_id)"),
        babiesLost: value("select max(n) as v from (select count(*) as n from life_events e join life_event_people p on p.event_id = e.id where e.type_key = 'pregnancy-loss' group by p.person_id)"),
        // A couple's loss is one event about both, never one for each.
        lossesForOne: value("select count(*) as v from life_events e where e.type_key = 'pregnancy-loss' and (select count(*) from life_event_people p where p.event_id = e.id) = 1 and exists (select 1 from relationships r join life_event_people p on p.event_id = e.id where r.kind in ('spouse','partner') and r.until is null and (r.person_a_id = p.person_id or r.person_b_id = p.person_id))"),
        // No promise or unexplained incident left open for months, let alone years.
        oldestOpenFollowUpDays: (NOW.getTime() - Date.parse(String(value('select min(due_at) as v from follow_ups where done_at is null')))) / DAY,
        oldestUntoldIncidentDays: (NOW.getTime() - Date.parse(String(value('select min(started_at) as v from incidents where explained_at is null')))) / DAY,
        // News per person per year, and in the last year: the same at both sizes.
        newsPerPersonYear: Number(value('select count(*) as v from life_event_people')) / Number(value('select count(*) as v from people')) / years,
        busiestLastYear: Number(value(`select max(n) as v from (select count(*) as n from life_events e join life_event_people p on p.event_id = e.id where e.date >= '${last}' group by p.person_id)`)),
        sameNameInCircle: value("select count(*) as v from relationships r join people a on a.id = r.person_a_id join people b on b.id = r.person_b_id where a.given_name = b.given_name"),
      };
    };
    const sample = await perPerson(SAMPLE_SIZES.sample);
    const twentieth = await perPerson({ name: 'twentieth', seed: 42, clients: 100, people: 1_000, events: 10_000, visits: 5_000 });
    for (const size of [sample, twentieth]) {
      expect(size).toMatchObject({ ongoingHealth: 1, babiesLost: 1, lossesForOne: 0, sameNameInCircle: 0 });
      expect(size.oldestOpenFollowUpDays).toBeLessThan(45);
      expect(size.oldestUntoldIncidentDays).toBeLessThan(61);
      expect(size.busiestLastYear).toBeLessThanOrEqual(12);
    }
    expect(twentieth.newsPerPersonYear / sample.newsPerPersonYear).toBeGreaterThan(0.6);
    expect(twentieth.newsPerPersonYear / sample.newsPerPersonYear).toBeLessThan(1.6);
  });

  it('makes a twentieth of the large size that passes the same checks', async () => {
    const store = await fresh();
    const twentieth: SampleSize = { name: 'twentieth', seed: 42, clients: 100, people: 1_000, events: 10_000, visits: 5_000 };
    const counts = generateSampleData(store.sqlite, twentieth, NOW);
    expect(counts).toMatchObject({ clients: 100, people: 1_000, events: 10_000 });
    expect(counts.visits).toBeGreaterThan(5_000 * 0.95);
    expect(counts.visits).toBeLessThan(5_000 * 1.08);
    checksPass(store);
    const { types, tones } = tonesAndTypes(store);
    expect(types.size).toBe(LIFE_EVENT_TYPES.length);
    expect(tones.size).toBe(TONES.length);
  });
});
