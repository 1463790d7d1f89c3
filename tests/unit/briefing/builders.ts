import type { BriefingSnapshot, Client, LifeEvent, Person, Relationship, Role, Visit } from '../../../src/briefing/snapshot.ts';
import type { Briefing, PersonBriefing } from '../../../src/briefing/briefing.ts';
import type { Item, SectionKey } from '../../../src/briefing/items.ts';
import type { Id } from '../../../src/briefing/snapshot.ts';

/** Small builders so each story states only the facts it is about. */

export const LONDON = 'Europe/London';

export function person(id: Id, givenName: string, extra: Partial<Person> = {}): Person {
  return {
    id,
    givenName,
    familyName: null,
    nickname: null,
    birthday: null,
    diedOn: null,
    interests: [],
    preferences: [],
    techComfort: null,
    explainHow: null,
    followUpConsent: { status: 'not-asked', channel: null, goodTimes: null },
    ...extra,
  };
}

export function client(extra: Partial<Client> = {}): Client {
  return { id: 1, name: 'The Hills', kind: 'household', rhythmDays: null, accessHours: null, parking: null, askFor: null, siteNotes: null, notes: null, ...extra };
}

export function role(personId: Id, extra: Partial<Role> = {}): Role {
  return { personId, clientId: 1, role: 'owner', since: null, until: null, ...extra };
}

let nextId = 1000;
export function relationship(aId: Id, kind: Relationship['kind'], bId: Id, extra: Partial<Relationship> = {}): Relationship {
  return { id: nextId++, aId, bId, kind, since: null, until: null, ...extra };
}

export function event(typeKey: LifeEvent['typeKey'], personIds: Id[], date: string, extra: Partial<LifeEvent> = {}): LifeEvent {
  return {
    id: nextId++,
    typeKey,
    title: typeKey,
    date,
    precision: 'day',
    endDate: null,
    ongoing: false,
    toneOverride: null,
    clientId: null,
    notes: null,
    personIds,
    acknowledgements: [],
    ...extra,
  };
}

export function visit(startsAt: string, extra: Partial<Visit> = {}): Visit {
  return { id: 100, clientId: 1, startsAt, status: 'planned', expectedAttendeeIds: [], ...extra };
}

/** Sue (owner) and Tom (her husband) run the household; Lily is Sue's granddaughter. */
export const sue = person(1, 'Sue', { familyName: 'Hill' });
export const tom = person(2, 'Tom', { familyName: 'Hill' });
export const lily = person(3, 'Lily');

export function snapshot(extra: Partial<BriefingSnapshot> = {}): BriefingSnapshot {
  return {
    visit: visit('2025-11-20T10:00:00Z'),
    client: client(),
    people: [sue, tom, lily],
    roles: [role(1), role(2, { role: 'family' })],
    relationships: [relationship(1, 'spouse', 2), relationship(1, 'grandparent', 3)],
    lifeEvents: [],
    recentVisits: [],
    followUps: [],
    incidents: [],
    knowHow: [],
    ...extra,
  };
}

export function personIn(b: Briefing, id: Id): PersonBriefing {
  const found = b.people.find((p) => p.personId === id);
  if (found === undefined) throw new Error(`person ${id} is not in the briefing`);
  return found;
}

/** Every item of a section, shown and behind "more". */
export function sectionItems(p: PersonBriefing | Briefing['client'], key: SectionKey): Item[] {
  const s = p.sections.find((x) => x.key === key);
  return s === undefined ? [] : [...s.items, ...s.more];
}

export const aboutEvent = (item: Item, eventId: Id): boolean => item.about.some((a) => a.type === 'event' && a.id === eventId);
export const aboutPerson = (item: Item, personId: Id): boolean => item.about.some((a) => a.type === 'person' && a.id === personId);
