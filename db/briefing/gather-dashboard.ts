import { LIFE_EVENT_TYPES } from '../../src/catalogue/life-events.ts';
import { anniversaryPriority, birthdayPriority, type DateRange, type DatedItem } from '../../src/briefing/dashboard-dates.ts';
import { ref } from '../../src/briefing/items.ts';
import { addDays, type CalendarDate } from '../../src/dates/calendar-date.ts';
import { anniversariesBetween, occurrencesBetween } from '../../src/dates/yearly.ts';
import type * as S from '../../src/briefing/snapshot.ts';
import { byDay } from '../../src/briefing/dashboard.ts';
import type { DashboardStatements } from './dashboard-statements.ts';
import { gatherVisits } from './gather-visit.ts';
import { isReadableInstant, toSnapshotEvents, toSnapshotPerson } from './rows.ts';
import type { BriefingStatements } from './statements.ts';

const keysOf = (types: readonly { key: string }[]) => JSON.stringify(types.map((t) => t.key));
const YEARLY = LIFE_EVENT_TYPES.filter((t) => t.recursYearly);
const YEARLY_TYPES = keysOf(YEARLY);
const GRIEF_TYPES = keysOf(YEARLY.filter((t) => t.tone === 'grief'));
const CELEBRATION_TYPES = keysOf(YEARLY.filter((t) => t.tone === 'celebration'));
const json = (ids: Iterable<number>) => JSON.stringify([...ids]);

export interface DashboardWindow {
  /** Instants bounding the visits shown (the range's first and last day, in the user's time zone). */
  visitsFrom: string;
  visitsTo: string;
  now: string;
}

/** The parts of a dashboard snapshot; each gather fills some of them. */
export const emptySnapshot = (): S.DashboardSnapshot => ({ visits: [], unloggedVisits: [], clients: [], followUps: [], people: [], relationships: [], roles: [], lifeEvents: [] });

/** Every calendar day from first to last as [month, day]; 29 Feb is looked up whenever 28 Feb is. */
function monthDays(first: CalendarDate, last: CalendarDate): [number, number][] {
  const out: [number, number][] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const month = Number(d.slice(5, 7));
    const day = Number(d.slice(8, 10));
    out.push([month, day]);
    if (month === 2 && day === 28) out.push([2, 29]);
  }
  return out;
}

/** The range's visits, each with its briefing facts, in a fixed number of queries however many there are. */
export function gatherDashboardVisits(q: DashboardStatements, v: BriefingStatements, w: DashboardWindow): S.BriefingSnapshot[] {
  return gatherVisits(
    v,
    q.visitIdsBetween.all({ from: w.visitsFrom, to: w.visitsTo }).map((row) => row.id),
  );
}

export interface DatedIds {
  people: Set<number>;
  events: Set<number>;
}

/** The `MM-dd` keys of every day from first to last (a day either side, for time-zone edges), and of the months' first days. */
function dayKeysBetween(first: CalendarDate, last: CalendarDate) {
  const days = monthDays(addDays(first, -1), addDays(last, 1));
  const keys = days.map(([m, d]) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  // Month-precision yearly events are stored on the 1st: look those up for every month in the range.
  const monthStarts = [...new Set(days.map(([m]) => `${String(m).padStart(2, '0')}-01`))];
  return { days, keys, monthStarts };
}

/**
 * Who and what has a date (birthday, death, yearly event) between first and last: looked up by
 * index, not by reading everyone. `griefOnly` keeps deaths and yearly losses, those marked as grief too (the mindful dates).
 */
export function datedIdsBetween(q: DashboardStatements, first: CalendarDate, last: CalendarDate, griefOnly = false): DatedIds {
  const { days, keys, monthStarts } = dayKeysBetween(first, last);
  const monthDays = JSON.stringify([...keys, ...monthStarts]);
  const events = new Set<number>();
  for (const e of griefOnly ? q.yearlyLossesOn.all({ types: YEARLY_TYPES, griefTypes: GRIEF_TYPES, monthDays }) : q.yearlyEventsOn.all({ types: YEARLY_TYPES, monthDays })) events.add(e.id);
  const people = new Set<number>();
  if (!griefOnly) for (const p of q.birthdaysOn.all({ monthDays: JSON.stringify(days) })) people.add(p.id);
  for (const p of q.diedOn.all({ monthDays: JSON.stringify(keys) })) people.add(p.id);
  return { people, events };
}

/**
 * Birthdays and celebrations' anniversaries between first and last, ranked as the dashboard
 * ranks them (day, then priority) but not yet worded: SQL applies the rules that keep or drop a
 * date, the engine's own date functions place each on its day.
 */
export function rankedDatesBetween(q: DashboardStatements, range: DateRange, today: CalendarDate): DatedItem[] {
  const { days, keys, monthStarts } = dayKeysBetween(range.from, range.to);
  return rankedDatesFrom(q, range, today, days, [...keys, ...monthStarts]);
}

/** The birthdays on the given `[month, day]` pairs and the celebrations on the given `MM-dd` days, placed in the range. */
function rankedDatesFrom(q: DashboardStatements, range: DateRange, today: CalendarDate, monthDays: [number, number][], eventDays: string[]): DatedItem[] {
  const items: DatedItem[] = [];
  for (const p of q.livingBirthdaysOn.all({ monthDays: JSON.stringify(monthDays) })) {
    if (p.month === null || p.day === null) continue;
    for (const date of occurrencesBetween({ month: p.month, day: p.day }, range.from, range.to)) {
      const on = { date, precision: 'day' } as const;
      const name = p.familyName === null ? p.givenName : `${p.givenName} ${p.familyName}`;
      items.push({ kind: 'birthday', text: `Birthday of ${name}`, reason: '', about: [ref('person', p.id)], priority: birthdayPriority(on, today), detail: null, on });
    }
  }
  for (const e of q.celebrationsOn.all({ types: YEARLY_TYPES, celebrations: CELEBRATION_TYPES, monthDays: JSON.stringify(eventDays), today })) {
    for (const { on } of anniversariesBetween({ date: e.date, precision: e.precision }, range.from, range.to)) {
      items.push({ kind: 'anniversary', text: '', reason: '', about: [ref('event', e.id)], priority: anniversaryPriority(on, today), detail: null, on });
    }
  }
  return items;
}

/** A page of ranked dates, and how many there are in the range. */
export interface DatesPage {
  readonly total: number;
  readonly items: DatedItem[];
}

/**
 * One page of rankedDatesBetween (the same items in the same order) without building the rest:
 * SQL counts the birthdays by day of the year and the celebrations by date, the engine's own
 * date functions place each count on its day, and only the days the page reaches are read and
 * ranked. Home's five dates out of 1,300 on a 20,000-person database read a day or two of rows.
 * `dayOnly` keeps only what is known to the day (the catch-up's passed dates).
 */
export function pagedDatesBetween(q: DashboardStatements, range: DateRange, today: CalendarDate, offset: number, limit: number, dayOnly = false): DatesPage {
  const { days, keys, monthStarts } = dayKeysBetween(range.from, range.to);
  const perDay = new Map<CalendarDate, number>();
  const add = (date: CalendarDate, n: number) => perDay.set(date, (perDay.get(date) ?? 0) + n);
  for (const b of q.livingBirthdayCounts.all({ monthDays: JSON.stringify(days) })) {
    if (b.month === null || b.day === null) continue;
    for (const date of occurrencesBetween({ month: b.month, day: b.day }, range.from, range.to)) add(date, b.n);
  }
  for (const c of q.celebrationCounts.all({ types: YEARLY_TYPES, celebrations: CELEBRATION_TYPES, monthDays: JSON.stringify([...keys, ...monthStarts]), today })) {
    for (const { on } of anniversariesBetween({ date: c.date, precision: c.precision }, range.from, range.to)) if (!dayOnly || on.precision === 'day') add(on.date, c.n);
  }
  const ordered = [...perDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let total = 0;
  for (const [, n] of ordered) total += n;
  // The days the page reaches: those wholly before it are skipped, counted.
  let skipped = 0;
  let reached = 0;
  const wanted = new Set<CalendarDate>();
  for (const [date, n] of ordered) {
    if (reached >= offset + limit) break;
    if (wanted.size === 0 && skipped + n <= offset) skipped += n;
    else wanted.add(date);
    reached += n;
  }
  if (wanted.size === 0) return { total, items: [] };
  const ranked = rankedOn(q, range, today, wanted, offset - skipped + limit).filter((item) => !dayOnly || item.on.precision === 'day');
  return { total, items: ranked.sort(byDay).slice(offset - skipped, offset - skipped + limit) };
}

/**
 * rankedDatesBetween, reading only the rows that can land on the given days. A day before the
 * range holds only a month's anniversaries (a month-precision date falls on its month's first
 * day), all ranked alike: only the first `need` of them are read.
 */
function rankedOn(q: DashboardStatements, range: DateRange, today: CalendarDate, on: ReadonlySet<CalendarDate>, need: number): DatedItem[] {
  const birthdays: [number, number][] = [];
  const eventKeys = new Set<string>();
  const items: DatedItem[] = [];
  for (const date of on) {
    if (date < range.from) {
      for (const e of q.monthCelebrationsOn.all({ types: YEARLY_TYPES, celebrations: CELEBRATION_TYPES, monthDays: JSON.stringify([date.slice(5)]), today, yearStart: `${date.slice(0, 4)}-01-01`, limit: need })) {
        for (const a of anniversariesBetween({ date: e.date, precision: e.precision }, range.from, range.to)) {
          if (a.on.date === date) items.push({ kind: 'anniversary', text: '', reason: '', about: [ref('event', e.id)], priority: anniversaryPriority(a.on, today), detail: null, on: a.on });
        }
      }
      continue;
    }
    const [month, day] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
    birthdays.push([month, day]);
    eventKeys.add(date.slice(5));
    // 29 February is kept on the 28th in a common year.
    if (month === 2 && day === 28) {
      birthdays.push([2, 29]);
      eventKeys.add('02-29');
    }
  }
  if (birthdays.length > 0) items.push(...rankedDatesFrom(q, range, today, birthdays, [...eventKeys]).filter((item) => on.has(item.on.date)));
  return items;
}

/**
 * The people and yearly events given, with what the rules need to keep or drop their dates
 * (the people on each event, the relationships among them, the clients events belong to). With
 * `context`, also what says where each belongs: roles, their clients, and one relationship out;
 * `placeOnly`, only the relationships out to someone with a role (when everyone close to the
 * people named is already among them, what is left to read is where each belongs).
 */
export function gatherDated(q: DashboardStatements, v: BriefingStatements, ids: DatedIds, now: string, context: boolean, placeOnly = false): S.DashboardSnapshot {
  const eventIds = json(ids.events);
  const lifeEvents = toSnapshotEvents(v.eventsByIds.all({ ids: eventIds }), v.peopleOfEvents.all({ ids: eventIds }), v.acksOfEvents.all({ ids: eventIds }));
  const named = new Set(ids.people);
  for (const e of lifeEvents) for (const id of e.personIds) named.add(id);
  const byId = new Map<number, S.Relationship>();
  for (const r of q.relationshipsAmong.all({ ids: json(named) })) byId.set(r.id, r);
  let roles: S.Role[] = [];
  if (context) {
    roles = q.rolesOf.all({ ids: json(named) });
    // One relationship out: whose relative someone is, and who was close to whoever died.
    const contacts = new Set(roles.filter((r) => r.until === null).map((r) => r.personId));
    const others = { ids: json([...named].filter((id) => !contacts.has(id))) };
    for (const r of placeOnly ? q.relationshipsToRoleHoldersOf.all(others) : v.relationshipsOf.all(others)) byId.set(r.id, r);
  }
  const relationships = [...byId.values()];
  const everyone = new Set(named);
  for (const r of relationships) everyone.add(r.aId).add(r.bId);
  if (context) roles = [...roles, ...q.rolesOf.all({ ids: json([...everyone].filter((id) => !named.has(id))) })];
  const clientIds = new Set<number>();
  for (const e of lifeEvents) if (e.clientId !== null) clientIds.add(e.clientId);
  for (const r of roles) clientIds.add(r.clientId);
  return {
    ...emptySnapshot(),
    clients: q.clientsByIds.all({ ids: json(clientIds), now }),
    people: v.peopleByIds.all({ ids: json(everyone) }).map(toSnapshotPerson),
    relationships,
    roles,
    lifeEvents,
  };
}

/**
 * What ranks and counts losses (the mindful dates): the people and yearly losses given, with the
 * people on those events. Not their relationships, acknowledgements or clients: those add to an
 * item's words (who was close), never decide whether it is there or where it goes.
 */
export function gatherLossesToRank(v: BriefingStatements, ids: DatedIds): S.DashboardSnapshot {
  const eventIds = json(ids.events);
  const lifeEvents = toSnapshotEvents(v.eventsByIds.all({ ids: eventIds }), v.peopleOfEvents.all({ ids: eventIds }), []);
  const named = new Set(ids.people);
  for (const e of lifeEvents) for (const id of e.personIds) named.add(id);
  return { ...emptySnapshot(), people: v.peopleByIds.all({ ids: json(named) }).map(toSnapshotPerson), lifeEvents };
}

/** Several partial snapshots as one; a record named twice is kept once. */
export function mergeSnapshots(...parts: S.DashboardSnapshot[]): S.DashboardSnapshot {
  const unique = <T>(lists: T[][], key: (t: T) => string | number) => [...new Map(lists.flat().map((t) => [key(t), t])).values()];
  return {
    visits: parts.flatMap((p) => p.visits),
    unloggedVisits: unique(
      parts.map((p) => p.unloggedVisits),
      (x) => x.id,
    ),
    clients: unique(
      parts.map((p) => p.clients),
      (x) => x.id,
    ),
    followUps: unique(
      parts.map((p) => p.followUps),
      (x) => x.id,
    ),
    people: unique(
      parts.map((p) => p.people),
      (x) => x.id,
    ),
    relationships: unique(
      parts.map((p) => p.relationships),
      (x) => x.id,
    ),
    roles: unique(
      parts.map((p) => p.roles),
      (x) => `${x.personId}:${x.clientId}:${x.role}:${x.since ?? ''}`,
    ),
    lifeEvents: unique(
      parts.map((p) => p.lifeEvents),
      (x) => x.id,
    ),
    renewals: unique(
      parts.map((p) => p.renewals ?? []),
      (x) => x.id,
    ),
  };
}

type FollowUpRow = Omit<S.FollowUp, 'done' | 'context'> & { context: string | null };
export const toFollowUp = (f: FollowUpRow): S.FollowUp => ({ ...f, context: f.context ?? '', done: false });

/** Follow-ups with the people they are about (and those people's context) and their clients. */
export function gatherFollowUps(q: DashboardStatements, v: BriefingStatements, rows: FollowUpRow[], now: string): S.DashboardSnapshot {
  // A stored instant no date library can read is left out, never a failed dashboard.
  const followUps = rows.filter((r) => isReadableInstant(r.dueAt)).map(toFollowUp);
  const people = new Set<number>();
  for (const f of followUps) if (f.personId !== null) people.add(f.personId);
  const dated = gatherDated(q, v, { people, events: new Set() }, now, true);
  return mergeSnapshots(dated, { ...emptySnapshot(), followUps, clients: q.clientsByIds.all({ ids: json(new Set(followUps.map((f) => f.clientId))), now }) });
}
