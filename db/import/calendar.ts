/**
 * Calendar events (ICS) → planned visits, from 30 days ago to a year ahead in the user's time
 * zone. Each event finds its client by name (in the title or location) or by place (the
 * client's address, or where their visits were); the user assigns the rest. Matching by UID
 * (with the occurrence's recurrence id) means a re-import adds nothing twice.
 */
import { and, isNotNull, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { ImportRecord, MatchedBy, UnassignedEvent } from '../../src/contract/schemas/transfer.ts';
import { VisitCreate, VisitUpdate } from '../../src/contract/schemas/visits.ts';
import { problemsOf } from '../../src/contract/validation.ts';
import { addDays } from '../../src/dates/calendar-date.ts';
import { DEFAULT_LOCALE, dateFormat } from '../../src/dates/date-format.ts';
import { formatDay } from '../../src/dates/phrases.ts';
import { localDateOf, todayIn } from '../../src/dates/time-zone.ts';
import { parseIcs } from '../../src/import/index.ts';
import type { EventTime, ParsedCalendarEvent } from '../../src/import/types.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { startOfLocalDay } from '../briefing/window.ts';
import { visitsRepository } from '../repositories/visits.ts';
import { clients } from '../schema/clients.ts';
import { visits } from '../schema/visits.ts';
import { containsWords, words } from './matching.ts';
import { emptyPlanParts, type Plan, type Tally } from './plan.ts';

type Parsed<T extends z.ZodType> = z.output<T>;

export interface CalendarOptions {
  timeZone: string;
  /** How labels write dates (the user's locale; default en-GB). */
  locale?: string;
  now: Date;
  /** Event UID → the client the user chose for it (and all its occurrences). */
  assignments: Readonly<Record<string, number>>;
}

interface KnownClient {
  id: number;
  name: string;
  nameWords: string;
  addressWords: string;
  /** Where this client's visits took place, as words. */
  places: Set<string>;
}

type ClientFound = { client: KnownClient; by: MatchedBy } | { candidates: KnownClient[] } | undefined;

/** Our own calendar export names visits and follow-ups by their ids. */
const OWN_VISIT = /^askafter-visit-(\d+)$/;
const OWN_FOLLOW_UP = /^askafter-follow-up-\d+$/;
const DAYS_BACK = 30;
const DAYS_AHEAD = 366;
/** Shorter names and places match too much ("IT", "Home"). */
const MIN_NAME = 3;
const MIN_PLACE = 5;

/** One client whose name is in the title or location (the longest, when one name holds another), else by place. */
function findClient(known: readonly KnownClient[], event: ParsedCalendarEvent): ClientFound {
  const title = words(event.summary);
  const place = words(event.location ?? '');
  const named = known.filter((c) => c.nameWords.length >= MIN_NAME && (containsWords(title, c.nameWords) || containsWords(place, c.nameWords)));
  const best = named.filter((c) => !named.some((o) => o !== c && o.nameWords.length > c.nameWords.length && containsWords(o.nameWords, c.nameWords)));
  const [only] = best;
  if (best.length === 1 && only) return { client: only, by: 'name' };
  if (best.length > 1) return { candidates: best };
  if (place.length < MIN_PLACE) return undefined;
  const located = known.filter(
    (c) => c.places.has(place) || (c.addressWords.length >= MIN_PLACE && (containsWords(c.addressWords, place) || containsWords(place, c.addressWords))),
  );
  const [here] = located;
  if (located.length === 1 && here) return { client: here, by: 'location' };
  return located.length > 1 ? { candidates: located } : undefined;
}

export function planCalendar(db: Db, clock: Clock, text: string, { timeZone, locale = DEFAULT_LOCALE, now, assignments }: CalendarOptions): Omit<Plan, 'format'> {
  const today = todayIn(now, timeZone);
  const reader = { today, dates: dateFormat({ locale, timeZone }) };
  const window = { from: startOfLocalDay(addDays(today, -DAYS_BACK), timeZone), to: startOfLocalDay(addDays(today, DAYS_AHEAD), timeZone) };
  const { events, issues } = parseIcs(text, { window: { from: new Date(window.from), to: new Date(window.to) }, timeZone });
  const instant = (t: EventTime) => ('instant' in t ? t.instant : startOfLocalDay(t.date, timeZone));

  const savedVisits = db.select().from(visits).all();
  const visitById = new Map(savedVisits.map((v) => [v.id, v]));
  const visitByUid = new Map(savedVisits.filter((v) => v.externalUid !== null).map((v) => [v.externalUid, v]));
  const places = db
    .selectDistinct({ clientId: visits.clientId, location: visits.location })
    .from(visits)
    .where(and(isNotNull(visits.location), isNull(visits.deletedAt)))
    .all();
  const known: KnownClient[] = db
    .select()
    .from(clients)
    .where(isNull(clients.deletedAt))
    .all()
    .map((c) => ({ id: c.id, name: c.name, nameWords: words(c.name), addressWords: words(c.address ?? ''), places: new Set(places.filter((p) => p.clientId === c.id).map((p) => words(p.location ?? ''))) }));
  const knownById = new Map(known.map((c) => [c.id, c]));

  const creates: { record: ImportRecord; visit: Parsed<typeof VisitCreate> }[] = [];
  const updates: { record: ImportRecord; patch: Parsed<typeof VisitUpdate> }[] = [];
  const unassigned = new Map<string, UnassignedEvent>();
  const seen = new Map<string, number>();

  const records = events.map((event): ImportRecord => {
    const startsAt = instant(event.start);
    const endsAt = event.end ? instant(event.end) : null;
    const label = `${event.summary || 'Untitled event'} on ${formatDay(localDateOf(startsAt, timeZone), reader)}`;
    const record: ImportRecord = { line: event.line, entity: 'visit', action: 'new', label, match: null, notes: [] };
    const skip = (note: string, action: 'skip' | 'duplicate' = 'skip') => Object.assign(record, { action, notes: [note] });
    if (startsAt < window.from || startsAt >= window.to) return skip('outside the dates imported (30 days ago to a year ahead)');

    const externalUid = event.recurrenceId ? `${event.uid}#${event.recurrenceId}` : event.uid;
    const earlier = seen.get(externalUid);
    if (earlier !== undefined) return skip(`the same event as line ${earlier}`, 'duplicate');
    seen.set(externalUid, event.line);

    if (OWN_FOLLOW_UP.test(event.uid)) return skip('a follow-up exported from Ask After, not a visit');
    // The same id in another database is another visit: the start must agree too.
    const own = visitById.get(Number(OWN_VISIT.exec(event.uid)?.[1]));
    const ownHere = own && own.startsAt === startsAt ? own : undefined;
    const saved = ownHere ?? visitByUid.get(externalUid);
    if (saved) {
      record.match = { id: saved.id, by: 'uid' };
      if (saved.deletedAt !== null) return skip('that visit is in the trash: restore it first to update it');
      if (ownHere) return skip('exported from Ask After: already saved', 'duplicate');
      if (saved.status !== 'planned') return skip(`that visit is ${saved.status}, so it is left as it is`, 'duplicate');
      const changed = Object.entries({ startsAt, endsAt, purpose: event.summary || null, location: event.location ?? null }).filter(
        ([key, value]) => saved[key as 'startsAt' | 'endsAt' | 'purpose' | 'location'] !== value,
      );
      if (changed.length === 0) return skip('already saved, nothing new', 'duplicate');
      const parsed = VisitUpdate.safeParse({ id: saved.id, ...Object.fromEntries(changed) });
      if (!parsed.success) return Object.assign(record, { action: 'error', notes: problemsOf(parsed.error).map((p) => `${p.path}: ${p.message}`) });
      updates.push({ record, patch: parsed.data });
      return Object.assign(record, { action: 'update', notes: [`changes ${changed.map(([key]) => (key === 'startsAt' ? 'start' : key === 'endsAt' ? 'end' : key)).join(', ')}`] });
    }

    const assigned = assignments[event.uid];
    const chosen = assigned === undefined ? undefined : knownById.get(assigned);
    if (assigned !== undefined && !chosen) {
      return Object.assign(record, { action: 'error', notes: [`the client chosen for it (${assigned}) was not found; it may have been deleted`] });
    }
    const found: ClientFound = chosen ? { client: chosen, by: 'assigned' } : findClient(known, event);
    if (!found || !('client' in found)) {
      const waiting = unassigned.get(event.uid) ?? { uid: event.uid, summary: event.summary, location: event.location ?? null, firstStart: startsAt, occurrences: 0, candidates: (found?.candidates ?? []).map((c) => ({ id: c.id, name: c.name })) };
      waiting.occurrences++;
      unassigned.set(event.uid, waiting);
      return skip(found ? `could be ${found.candidates.map((c) => c.name).join(' or ')}: choose the client` : 'no client found by name or place: choose the client');
    }
    record.label = `${label}, ${found.client.name}`;
    const parsed = VisitCreate.safeParse({ clientId: found.client.id, startsAt, endsAt, purpose: event.summary || null, location: event.location ?? null, notes: event.description ?? null, externalUid });
    if (!parsed.success) return Object.assign(record, { action: 'error', notes: problemsOf(parsed.error).map((p) => `${p.path}: ${p.message}`) });
    creates.push({ record, visit: parsed.data });
    record.notes.push(found.by === 'assigned' ? `a planned visit to ${found.client.name}, as you chose` : `a planned visit to ${found.client.name} (found by ${found.by})`);
    return record;
  });

  if (records.length === 0 && !issues.some((i) => i.severity === 'error')) {
    const [first, last] = [addDays(today, -DAYS_BACK), addDays(today, DAYS_AHEAD - 1)].map((day) => reader.dates.date(day));
    issues.push({ line: 1, severity: 'warning', message: `No events fall between ${first} and ${last} (30 days ago to a year ahead), so there is nothing to import.` });
  }
  return {
    ...emptyPlanParts,
    records,
    issues,
    unassigned: [...unassigned.values()],
    window,
    write: (tally: Tally) => {
      const repo = visitsRepository(db, clock);
      for (const { visit } of creates) {
        repo.create(visit);
        tally.create('visit');
      }
      for (const { patch } of updates) {
        repo.update(patch);
        tally.update('visit');
      }
    },
  };
}
