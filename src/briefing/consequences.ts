import type { LifeEventTypeKey } from '../catalogue/life-events.ts';
import type { CalendarDate, PreciseDate } from '../dates/calendar-date.ts';
import { fullName } from './names.ts';
import type { Id, LifeEvent, Person, Relationship, Role } from './snapshot.ts';

/**
 * One fact, one truth: what a life event says about the state of the people in it. A death
 * event means its subject has died; a separation or divorce between partners ends their
 * partnership; a retirement or leaving a job ends the subject's roles. The repositories apply
 * these when an event is saved (so the person's page agrees), and the engine applies them to
 * every snapshot it reads (so a briefing can never see an event and a state that disagree).
 */

export type EventFacts = Pick<LifeEvent, 'typeKey' | 'title' | 'date' | 'precision' | 'clientId' | 'personIds'>;

/** The person a death or a job change happened to, as the verbs a consultant would type. */
const SUBJECT_VERBS: Partial<Record<LifeEventTypeKey, string>> = {
  death: '(?:has |had )?(?:died|passed away|passed on|passed)',
  'pet-death': '(?:has |had )?(?:died|passed away|passed on|passed|was put down|put down)',
  retirement: '(?:has |is |will )?(?:retired|retires|retiring|retire)',
  'owner-retiring': '(?:has |is |will )?(?:retired|retires|retiring|retire)',
  'staff-leaving': '(?:has |is |will )?(?:left|leaves|leaving|leave|resigned|quit)',
  redundancy: '(?:has |was |is |been )*(?:made redundant|laid off|let go)',
};
const SUBJECT_NOUNS: Partial<Record<LifeEventTypeKey, string>> = {
  death: '(?:death of|rip|funeral of|loss of)',
  'pet-death': '(?:death of|rip|loss of)',
  retirement: '(?:retirement of)',
  'owner-retiring': '(?:retirement of)',
};

export const DEATH_TYPES: ReadonlySet<LifeEventTypeKey> = new Set(['death', 'pet-death']);
export const RELATIONSHIP_ENDING_TYPES: ReadonlySet<LifeEventTypeKey> = new Set(['separation', 'divorce']);
/** Events that end someone's roles; redundancy only when the event names the client. */
export const ROLE_ENDING_TYPES: ReadonlySet<LifeEventTypeKey> = new Set(['retirement', 'owner-retiring', 'staff-leaving', 'redundancy']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namesOf(p: Person): string[] {
  return [...new Set([fullName(p), p.givenName, ...(p.nickname === null ? [] : [p.nickname])].filter((n) => n.trim() !== ''))];
}

const ASCII = /^[ -~\t\n\r]*$/;

/** The patterns that find a name as the subject of an event type's verb or noun, built once per type and name. */
const subjectPatterns = new Map<string, { verb: RegExp | null; noun: RegExp | null }>();

function subjectPatternsFor(name: string, typeKey: LifeEventTypeKey): { verb: RegExp | null; noun: RegExp | null } {
  const key = `${typeKey}\u0000${name}`;
  let patterns = subjectPatterns.get(key);
  if (patterns === undefined) {
    const verbs = SUBJECT_VERBS[typeKey];
    const nouns = SUBJECT_NOUNS[typeKey];
    const n = escape(name);
    patterns = {
      // A name followed by at most one more word (a family name), then the verb.
      verb: verbs === undefined ? null : new RegExp(`(?:^|[^\\p{L}'’])${n}(?: \\p{Lu}[\\p{L}'’-]*)? ${verbs}\\b`, 'iu'),
      noun: nouns === undefined ? null : new RegExp(`${nouns} ${n}(?![\\p{L}'’])`, 'iu'),
    };
    // Bounded: a database names a few thousand people; forget all past a bound.
    if (subjectPatterns.size >= 5_000) subjectPatterns.clear();
    subjectPatterns.set(key, patterns);
  }
  return patterns;
}

/** Whether `text` says `person` is the one it happened to ("Tom passed away", "Death of Tom Reed"), not "Tom's dog died". */
function textNamesSubject(text: string, person: Person, typeKey: LifeEventTypeKey): boolean {
  // Most titles do not contain the name at all. In plain ASCII that is told without a pattern
  // (beyond printable ASCII, case-insensitive matching folds letters toLowerCase does not, such as ſ and K).
  const ascii = ASCII.test(text);
  const lower = ascii ? text.toLowerCase() : '';
  return namesOf(person).some((name) => {
    if (ascii && ASCII.test(name) && !lower.includes(name.toLowerCase())) return false;
    const { verb, noun } = subjectPatternsFor(name, typeKey);
    return (verb !== null && verb.test(text)) || (noun !== null && noun.test(text));
  });
}

/**
 * Who the event happened to, when it can be told: for a death, the one person on it who has
 * already died; else the one person its title names with the verb ("Tom passed away"); else,
 * for a job change, the only person on it. Null when it cannot be told: the event then changes
 * nobody's state and is news for the people on it.
 */
export function subjectOf(event: EventFacts, people: ReadonlyMap<Id, Person>): Person | null {
  const on = [...new Set(event.personIds)].map((id) => people.get(id)).filter((p): p is Person => p !== undefined);
  if (DEATH_TYPES.has(event.typeKey)) {
    const dead = on.filter((p) => p.diedOn !== null);
    if (dead.length === 1) return dead[0] ?? null;
    const sameDay = dead.filter((p) => p.diedOn?.date === event.date);
    if (sameDay.length === 1) return sameDay[0] ?? null;
    if (dead.length > 1) return null;
  }
  if (SUBJECT_VERBS[event.typeKey] === undefined) return null;
  const named = on.filter((p) => textNamesSubject(event.title, p, event.typeKey));
  if (named.length === 1) return named[0] ?? null;
  if (named.length === 0 && on.length === 1 && ROLE_ENDING_TYPES.has(event.typeKey)) return on[0] ?? null;
  return null;
}

export interface Consequences {
  /** People the event says have died, with the date it gives. */
  readonly deaths: ReadonlyArray<{ readonly personId: Id; readonly on: PreciseDate }>;
  /** Partnerships between people on a separation or divorce that it ends, and from when. */
  readonly endedRelationships: ReadonlyArray<{ readonly id: Id; readonly until: CalendarDate }>;
  /** Roles a retirement or leaving ends, and from when. */
  readonly endedRoles: ReadonlyArray<{ readonly id: Id; readonly until: CalendarDate }>;
}

export interface StateFacts {
  readonly people: ReadonlyMap<Id, Person>;
  readonly relationships: readonly Relationship[];
  /** Roles with ids (the engine's snapshot roles are given ids by their position when they have none). */
  readonly roles: ReadonlyArray<Role & { readonly id: Id }>;
}

const NONE: Consequences = { deaths: [], endedRelationships: [], endedRoles: [] };

/**
 * What an event changes, given the state before it. `subjectId` is who it happened to when the
 * user said so (the form's "Who died?"); otherwise it is read from the event.
 */
export function consequencesOf(event: EventFacts, state: StateFacts, subjectId: Id | null = null): Consequences {
  const chosen = subjectId === null ? null : (state.people.get(subjectId) ?? null);
  if (DEATH_TYPES.has(event.typeKey)) {
    const subject = chosen ?? subjectOf(event, state.people);
    if (subject === null || subject.diedOn !== null) return NONE;
    return { ...NONE, deaths: [{ personId: subject.id, on: { date: event.date, precision: event.precision } }] };
  }
  if (RELATIONSHIP_ENDING_TYPES.has(event.typeKey)) {
    const on = new Set(event.personIds);
    const ended = state.relationships.filter(
      (r) =>
        (r.kind === 'partner' || r.kind === 'spouse') &&
        on.has(r.aId) &&
        on.has(r.bId) &&
        (r.until === null || r.until > event.date) &&
        (r.since === null || r.since <= event.date),
    );
    return { ...NONE, endedRelationships: ended.map((r) => ({ id: r.id, until: event.date })) };
  }
  if (ROLE_ENDING_TYPES.has(event.typeKey)) {
    if (event.typeKey === 'redundancy' && event.clientId === null) return NONE;
    const subject = chosen ?? subjectOf(event, state.people);
    if (subject === null) return NONE;
    const ended = state.roles.filter(
      (r) =>
        r.personId === subject.id &&
        r.role !== 'family' &&
        (event.clientId === null || r.clientId === event.clientId) &&
        (r.until === null || r.until > event.date) &&
        (r.since === null || r.since <= event.date),
    );
    return { ...NONE, endedRoles: ended.map((r) => ({ id: r.id, until: event.date })) };
  }
  return NONE;
}

/** The coarser of two precisions: a death "in March" stays "in March" even where a day was filled in. */
const COARSENESS = { day: 0, month: 1, year: 2 } as const;

export interface ReconciledFacts<R extends Role> {
  readonly people: Person[];
  readonly relationships: Relationship[];
  readonly roles: R[];
}

/**
 * The engine's guard: every event's consequences applied to the snapshot, so a death event
 * whose person has no date of death, or a separation whose partnership has no end, reads as the
 * death or separation it records. Also gives a date of death the event's precision when they
 * name the same day.
 */
export function reconcile<R extends Role>(facts: { people: readonly Person[]; relationships: readonly Relationship[]; roles: readonly R[]; lifeEvents: readonly LifeEvent[] }): ReconciledFacts<R> {
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const relationships = new Map(facts.relationships.map((r) => [r.id, r]));
  const roles = facts.roles.map((r, i) => ({ ...r, id: i }));
  let changedRoles = false;
  const ordered = [...facts.lifeEvents].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  for (const event of ordered) {
    if (DEATH_TYPES.has(event.typeKey)) {
      const subject = subjectOf(event, people);
      const died = subject?.diedOn;
      if (subject !== null && died !== undefined && died !== null && died.date === event.date && COARSENESS[event.precision] > COARSENESS[died.precision]) {
        people.set(subject.id, { ...subject, diedOn: { date: event.date, precision: event.precision } });
      }
    }
    const found = consequencesOf(event, { people, relationships: [...relationships.values()], roles });
    for (const d of found.deaths) {
      const p = people.get(d.personId);
      if (p !== undefined) people.set(p.id, { ...p, diedOn: d.on });
    }
    for (const e of found.endedRelationships) {
      const r = relationships.get(e.id);
      if (r !== undefined) relationships.set(r.id, { ...r, until: e.until });
    }
    for (const e of found.endedRoles) {
      const r = roles[e.id];
      if (r !== undefined) {
        roles[e.id] = { ...r, until: e.until };
        changedRoles = true;
      }
    }
  }
  return {
    people: facts.people.map((p) => people.get(p.id) ?? p),
    relationships: facts.relationships.map((r) => relationships.get(r.id) ?? r),
    roles: changedRoles ? facts.roles.map((r, i) => ({ ...r, until: roles[i]?.until ?? r.until })) : [...facts.roles],
  };
}
