/**
 * Free text that mentions a person by name: visit notes, other people's notes, events about
 * someone else. Their full name counts anywhere; their first name or nickname alone only near
 * them (at a client they are connected with, or about a relative), where it most likely means them.
 */
import { eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Mention } from '../../src/contract/schemas/transfer.ts';
import type { Db } from '../connection.ts';
import { displayName, type PersonRow } from '../repositories/rows.ts';
import { clients } from '../schema/clients.ts';
import { lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { visitAttendees, visits } from '../schema/visits.ts';
import { followUps, incidents, knowHow } from '../schema/work.ts';

/** The clients and people near a person: where a first name alone most likely means them. */
export interface Nearness {
  clientIds: Set<number>;
  personIds: Set<number>;
}

export function nearnessOf(db: Db, personId: number): Nearness {
  const links = db
    .select({ a: relationships.personAId, b: relationships.personBId })
    .from(relationships)
    .where(or(eq(relationships.personAId, personId), eq(relationships.personBId, personId)))
    .all();
  const personIds = new Set([personId, ...links.flatMap((l) => [l.a, l.b])]);
  const clientIds = new Set([
    ...db.select({ id: roles.clientId }).from(roles).where(inArray(roles.personId, [...personIds])).all().map((r) => r.id),
    ...db.select({ id: visits.clientId }).from(visits).innerJoin(visitAttendees, eq(visitAttendees.visitId, visits.id)).where(eq(visitAttendees.personId, personId)).all().map((v) => v.id),
  ]);
  return { clientIds, personIds };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any of the names as whole words, whatever the case; null when there is no name to look for. */
const wholeWords = (names: readonly string[]): RegExp | null =>
  names.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(names)].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

const EXCERPT_CHARS = 300;

interface Source {
  entity: Mention['entity'];
  id: number;
  label: string;
  day: string | null;
  texts: (string | null)[];
  near: boolean;
  inTrash: boolean;
}

/** The lines of each record that mention the person; records that are the person's own are the caller's to leave out. */
export function findMentions(db: Db, person: PersonRow, near: Nearness): Mention[] {
  const full = [displayName(person), ...(person.nickname && person.familyName ? [`${person.nickname} ${person.familyName}`] : [])];
  const short = [person.givenName, ...(person.nickname ? [person.nickname] : [])].filter((n) => n.trim().length >= 2);
  const anywhere = wholeWords(full.filter((n) => n.includes(' ')));
  const nearby = wholeWords([...full, ...short]);
  const nearClient = (id: number | null) => id !== null && near.clientIds.has(id);

  const sources: Source[] = [
    ...db
      .select({ v: visits, client: clients.name })
      .from(visits)
      .innerJoin(clients, eq(clients.id, visits.clientId))
      .all()
      .map(({ v, client }) => ({ entity: 'visit' as const, id: v.id, label: `Visit to ${client}`, day: v.startsAt.slice(0, 10), texts: [v.purpose, v.notes, v.workDone], near: nearClient(v.clientId), inTrash: v.deletedAt !== null })),
    ...eventSources(db, person.id, near),
    ...db
      .select()
      .from(followUps)
      .where(or(isNull(followUps.personId), ne(followUps.personId, person.id)))
      .all()
      .map((f) => ({ entity: 'followUp' as const, id: f.id, label: `Follow-up (${f.kind})`, day: f.dueAt.slice(0, 10), texts: [f.context, f.outcome], near: nearClient(f.clientId), inTrash: f.deletedAt !== null })),
    ...db
      .select()
      .from(incidents)
      .all()
      .map((i) => ({ entity: 'incident' as const, id: i.id, label: i.summary, day: i.startedAt.slice(0, 10), texts: [i.summary, i.impact, i.cause, i.prevention], near: nearClient(i.clientId), inTrash: i.deletedAt !== null })),
    ...db
      .select()
      .from(knowHow)
      .where(or(isNull(knowHow.personId), ne(knowHow.personId, person.id)))
      .all()
      .map((k) => ({ entity: 'knowHow' as const, id: k.id, label: k.question, day: null, texts: [k.question, k.answer], near: nearClient(k.clientId) || (k.personId !== null && near.personIds.has(k.personId)), inTrash: k.deletedAt !== null })),
    ...db
      .select()
      .from(clients)
      .all()
      .map((c) => ({ entity: 'client' as const, id: c.id, label: c.name, day: null, texts: [c.notes, c.askFor, c.siteNotes], near: nearClient(c.id), inTrash: c.deletedAt !== null })),
    ...db
      .select()
      .from(people)
      .where(ne(people.id, person.id))
      .all()
      .map((p) => ({ entity: 'person' as const, id: p.id, label: displayName(p), day: null, texts: [p.notes], near: near.personIds.has(p.id), inTrash: p.deletedAt !== null })),
  ];

  return sources.flatMap(({ texts, near: isNear, ...record }) => {
    const pattern = isNear ? nearby : anywhere;
    const excerpts = texts
      .flatMap((t) => (t ?? '').split('\n'))
      .map((line) => line.trim())
      .filter((line) => line !== '' && pattern !== null && pattern.test(line))
      .map((line) => (line.length > EXCERPT_CHARS ? `${line.slice(0, EXCERPT_CHARS)}…` : line));
    return excerpts.length > 0 ? [{ ...record, excerpts }] : [];
  });
}

/** Life events not about the person (theirs are exported or deleted with them). */
function eventSources(db: Db, personId: number, near: Nearness): Source[] {
  const links = db.select().from(lifeEventPeople).all();
  const aboutThem = new Set(links.filter((l) => l.personId === personId).map((l) => l.eventId));
  const aboutNear = new Set(links.filter((l) => near.personIds.has(l.personId)).map((l) => l.eventId));
  return db
    .select()
    .from(lifeEvents)
    .all()
    .filter((e) => !aboutThem.has(e.id))
    .map((e) => ({
      entity: 'event' as const,
      id: e.id,
      label: e.title,
      day: e.date,
      texts: [e.title, e.notes],
      near: aboutNear.has(e.id) || (e.clientId !== null && near.clientIds.has(e.clientId)),
      inTrash: e.deletedAt !== null,
    }));
}
