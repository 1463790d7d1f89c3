import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { writeVCards, type VCardPerson, type VCardRelation } from '../../src/export/vcard-writer.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { displayName, type PersonRow } from '../repositories/rows.ts';
import { clients } from '../schema/clients.ts';
import { contactDetails } from '../schema/contact-details.ts';
import { lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';

type RelationshipRow = typeof relationships.$inferSelect;

export const personUid = (id: number) => `askafter-person-${id}`;

/** What the other person is to `personId` in a stored relationship ("A is the parent of B"). */
export function relationTo(personId: number, r: RelationshipRow): VCardRelation {
  if (r.kind === 'parent') return r.personAId === personId ? 'child' : 'parent';
  if (r.kind === 'grandparent') return r.personAId === personId ? 'grandchild' : 'grandparent';
  return r.kind;
}

const isCurrent = (until: string | null, today: string) => until === null || until > today;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * Everyone outside the trash as vCard 4.0: current relatives only (a former partner is not
 * a partner), their first current role at a business as ORG and TITLE (a household is not an
 * organisation), and a wedding day as ANNIVERSARY unless that marriage has ended.
 */
export function exportVCards(db: Db, clock: Clock): string {
  const today = isoNow(clock).slice(0, 10);
  const everyone = db.select().from(people).where(isNull(people.deletedAt)).orderBy(asc(people.id)).all();
  const byId = new Map(everyone.map((p) => [p.id, p]));

  const roleRows = db
    .select({ personId: roles.personId, until: roles.until, title: roles.title, client: clients.name })
    .from(roles)
    .innerJoin(clients, and(eq(clients.id, roles.clientId), eq(clients.kind, 'business'), isNull(clients.deletedAt)))
    .orderBy(asc(roles.id))
    .all()
    .filter((r) => isCurrent(r.until, today));
  const rolesOf = groupBy(roleRows, (r) => r.personId);

  const links = db.select().from(relationships).orderBy(asc(relationships.id)).all();
  const linksOf = groupBy(
    links.flatMap((r) => [{ id: r.personAId, r }, { id: r.personBId, r }]),
    (l) => l.id,
  );

  const weddings = db
    .select({ personId: lifeEventPeople.personId, eventId: lifeEvents.id, date: lifeEvents.date })
    .from(lifeEvents)
    .innerJoin(lifeEventPeople, eq(lifeEventPeople.eventId, lifeEvents.id))
    .where(and(eq(lifeEvents.typeKey, 'wedding'), eq(lifeEvents.precision, 'day'), isNull(lifeEvents.deletedAt)))
    .orderBy(asc(lifeEvents.date), asc(lifeEvents.id))
    .all();
  const weddingsOf = groupBy(weddings, (w) => w.personId);
  const coupleOf = groupBy(weddings, (w) => w.eventId);

  const anniversary = (person: PersonRow): string | null => {
    const ended = new Set(
      (linksOf.get(person.id) ?? [])
        .map((l) => l.r)
        .filter((r) => (r.kind === 'spouse' || r.kind === 'partner') && !isCurrent(r.until, today))
        .map((r) => (r.personAId === person.id ? r.personBId : r.personAId)),
    );
    const standing = (weddingsOf.get(person.id) ?? []).filter((w) => !(coupleOf.get(w.eventId) ?? []).some((other) => ended.has(other.personId)));
    return standing.at(-1)?.date ?? null;
  };

  const details = db
    .select({ personId: contactDetails.personId, kind: contactDetails.kind, value: contactDetails.value, label: contactDetails.label })
    .from(contactDetails)
    .where(isNotNull(contactDetails.personId))
    .orderBy(asc(contactDetails.position), asc(contactDetails.id))
    .all();
  const detailsOf = groupBy(details, (d) => d.personId);

  const cards = everyone.map((person): VCardPerson => {
    const role = rolesOf.get(person.id)?.[0];
    const related = (linksOf.get(person.id) ?? []).flatMap(({ r }) => {
      const other = byId.get(r.personAId === person.id ? r.personBId : r.personAId);
      return other && isCurrent(r.until, today) ? [{ relation: relationTo(person.id, r), name: displayName(other), uid: personUid(other.id) }] : [];
    });
    const { birthdayMonth: month, birthdayDay: day, birthdayYear: year } = person;
    return {
      uid: personUid(person.id),
      givenName: person.givenName,
      familyName: person.familyName,
      nickname: person.nickname,
      displayName: displayName(person),
      birthday: month !== null && day !== null ? { month, day, year } : null,
      diedOn: person.diedOn,
      anniversary: anniversary(person),
      phones: detailsOf.get(person.id)?.filter((d) => d.kind === 'phone') ?? [],
      emails: detailsOf.get(person.id)?.filter((d) => d.kind === 'email') ?? [],
      notes: person.notes,
      organisation: role?.client ?? null,
      title: role?.title ?? null,
      related,
      revision: person.updatedAt,
    };
  });
  return writeVCards(cards);
}
