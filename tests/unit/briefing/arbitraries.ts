import fc from 'fast-check';
import { LIFE_EVENT_TYPE_KEYS, TONES } from '../../../src/catalogue/life-events.ts';
import { addDays, atPrecision } from '../../../src/dates/calendar-date.ts';
import type { DatePrecision } from '../../../src/dates/calendar-date.ts';
import { todayIn } from '../../../src/dates/time-zone.ts';
import type { BriefingSnapshot, Person, Relationship, LifeEvent, Role, PastVisit } from '../../../src/briefing/snapshot.ts';

/** Generated worlds for the property tests: a household of up to 8 people around a visit. */

const ZONES = ['Europe/London', 'America/New_York', 'Pacific/Auckland', 'UTC'] as const;
const KINDS = ['partner', 'spouse', 'parent', 'grandparent', 'sibling', 'friend', 'colleague', 'other'] as const;
const DAY_MS = 86_400_000;

export interface World {
  readonly snapshot: BriefingSnapshot;
  readonly now: Date;
  readonly timeZone: string;
}

export interface WorldOptions {
  /** Only month and year precision, no birthdays, no acknowledgements: nothing may name a day. */
  readonly imprecise?: boolean;
  /**
   * Events around the edge of what can still matter (a year or so before the visit), ends
   * before starts, and titles shared between events: for the event-relevance property.
   */
  readonly longAgo?: boolean;
}

export function world({ imprecise = false, longAgo = false }: WorldOptions = {}): fc.Arbitrary<World> {
  const precisions: DatePrecision[] = imprecise ? ['month', 'year'] : ['day', 'day', 'month', 'year'];
  return fc
    .record({
      nowMs: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }),
      timeZone: fc.constantFrom(...ZONES),
      visitInDays: fc.integer({ min: 0, max: 10 }),
      count: fc.integer({ min: 1, max: 8 }),
    })
    .chain(({ nowMs, timeZone, visitInDays, count }) => {
      const now = new Date(nowMs);
      const today = todayIn(now, timeZone);
      const ids = Array.from({ length: count }, (_, i) => i + 1);
      const id = fc.constantFrom(...ids);
      const near = (min: number, max: number) => fc.integer({ min, max }).map((d) => addDays(today, d));
      // Mostly near the visit, where the windows are, sometimes far from it.
      const offsets = [fc.integer({ min: -90, max: 90 }), fc.integer({ min: -800, max: 400 }), ...(longAgo ? [fc.integer({ min: -500, max: -330 })] : [])];
      const precise = fc.record({ offset: fc.oneof(...offsets), precision: fc.constantFrom(...precisions) }).map(({ offset, precision }) => ({
        date: atPrecision(addDays(today, offset), precision),
        precision,
      }));
      const ackAt = fc.integer({ min: -120, max: 0 }).map((d) => new Date(nowMs + d * DAY_MS).toISOString());

      const people = fc.tuple(
        ...ids.map((pid) =>
          fc.record({
            diedOn: fc.option(precise.map((p) => ({ date: p.date, precision: p.precision })), { freq: 3 }),
            birthday: imprecise ? fc.constant(null) : fc.option(fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), year: fc.constant(null) })),
            interests: fc.array(fc.constantFrom('golf', 'allotment', 'Leeds United'), { maxLength: 2 }),
          }).map((p): Person => ({
            id: pid,
            givenName: `P${pid}`,
            familyName: null,
            nickname: null,
            birthday: p.birthday === null ? null : { ...p.birthday, day: p.birthday.month === 2 && pid % 5 === 0 ? 29 : p.birthday.day },
            diedOn: p.diedOn,
            interests: p.interests,
            preferences: [],
            techComfort: null,
            explainHow: null,
            followUpConsent: { status: 'not-asked', channel: null, goodTimes: null },
          })),
        ),
      );
      const roles = fc.uniqueArray(
        fc.record({ personId: id, until: fc.option(near(-200, 200), { freq: 3 }), role: fc.constantFrom('owner' as const, 'staff' as const, 'family' as const) }).map(
          (r): Role => ({ personId: r.personId, clientId: 1, role: r.role, since: null, until: r.until }),
        ),
        { selector: (r) => r.personId, maxLength: count },
      );
      const relationships = fc.uniqueArray(
        fc.record({ aId: id, bId: id, kind: fc.constantFrom(...KINDS), until: fc.option(near(-900, 100), { freq: 3 }) }),
        { selector: (r) => [Math.min(r.aId, r.bId), Math.max(r.aId, r.bId)].join('-'), maxLength: 10 },
      ).map((rs) => rs.filter((r) => r.aId !== r.bId).map((r, i): Relationship => ({ id: i + 1, aId: r.aId, bId: r.bId, kind: r.kind, since: null, until: r.until })));
      const lifeEvents = fc.array(
        fc.record({
          typeKey: fc.constantFrom(...LIFE_EVENT_TYPE_KEYS),
          when: precise,
          personIds: fc.uniqueArray(id, { minLength: 0, maxLength: 3 }),
          ongoing: fc.boolean(),
          endInDays: fc.option(fc.integer({ min: longAgo ? -60 : 0, max: longAgo ? 120 : 60 }), { freq: 3 }),
          toneOverride: fc.option(fc.constantFrom(...TONES), { freq: 6 }),
          clientEvent: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
          acks: imprecise ? fc.constant<string[]>([]) : fc.array(ackAt, { maxLength: 2 }),
          ...(longAgo ? { sharedTitle: fc.option(fc.constantFrom('Hard time', 'Good news'), { freq: 2 }) } : {}),
        }),
        { maxLength: 14 },
      ).map((es) =>
        es.map(
          (e, i): LifeEvent => ({
            id: i + 1,
            typeKey: e.typeKey,
            title: ('sharedTitle' in e ? e.sharedTitle : null) ?? `event ${i + 1}`,
            date: e.when.date,
            precision: e.when.precision,
            endDate: e.endInDays === null || e.ongoing ? null : atPrecision(addDays(e.when.date, e.endInDays), e.when.precision),
            ongoing: e.ongoing,
            toneOverride: e.toneOverride,
            clientId: e.clientEvent ? 1 : null,
            notes: null,
            personIds: e.personIds,
            acknowledgements: e.acks.map((at) => ({ at, visitId: null, note: null })),
          }),
        ),
      );
      const recentVisits = fc.array(
        fc.record({ daysAgo: fc.integer({ min: 1, max: 200 }), attendeeIds: fc.uniqueArray(id, { maxLength: 3 }) }),
        { maxLength: 5 },
      ).map((vs) => vs.map((v, i): PastVisit => ({ id: 200 + i, startsAt: new Date(nowMs - v.daysAgo * DAY_MS).toISOString(), status: 'completed', attendeeIds: v.attendeeIds, notes: null, workDone: null })));
      const expected = fc.oneof(fc.constant([] as number[]), fc.uniqueArray(id, { maxLength: 4 }));

      return fc.record({ people, roles, relationships, lifeEvents, recentVisits, expected }).map(
        (parts): World => ({
          now,
          timeZone,
          snapshot: {
            visit: { id: 100, clientId: 1, startsAt: new Date(nowMs + visitInDays * DAY_MS).toISOString(), status: 'planned', expectedAttendeeIds: parts.expected },
            client: { id: 1, name: 'Client', kind: 'household', rhythmDays: 28, accessHours: null, parking: null, askFor: null, siteNotes: null, notes: null },
            people: parts.people,
            roles: parts.roles,
            relationships: parts.relationships,
            lifeEvents: parts.lifeEvents,
            recentVisits: parts.recentVisits,
            followUps: [],
            incidents: [],
            knowHow: [],
          },
        }),
      );
    });
}
