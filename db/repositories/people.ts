import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { AppFailure } from '../../src/contract/result.ts';
import type { AddRelative, MarkDeceased, Person, PersonCreate, PersonList, PersonUpdate, RelativeView } from '../../src/contract/schemas/people.ts';
import type { DetailInput } from '../../src/contract/schemas/contact-details.ts';
import type { TrashItem } from '../../src/contract/schemas/trash.ts';
import { calendarDate, fromDate } from '../../src/dates/calendar-date.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { people, roles } from '../schema/people.ts';
import { personTags } from '../schema/tags.ts';
import { contactDetailsRepository } from './contact-details.ts';
import { lifeEventsRepository } from './life-events.ts';
import { requireClient, requirePerson } from './references.ts';
import { relationshipFor, relationshipsRepository } from './relationships.ts';
import { rolesRepository } from './roles.ts';
import { everyWordIn } from './text-filter.ts';
import { birthdayColumns, displayName, toPerson, type PersonRow } from './rows.ts';

type Parsed<T extends z.ZodType> = z.output<T>;

/** Every word of the query must appear in the given name, family name or nickname: "sue bak" finds Sue Baker. */
const nameMatches = (query: string): SQL[] => everyWordIn(query, [people.givenName, people.familyName, people.nickname]);

/** Their date of birth, when the birthday's year is known (a year always comes with a month and day). */
const birthDate = (row: PersonRow): string | null =>
  row.birthdayYear !== null && row.birthdayMonth !== null && row.birthdayDay !== null ? calendarDate(row.birthdayYear, row.birthdayMonth, row.birthdayDay) : null;

export function peopleRepository(db: Db, clock: Clock) {
  const personRoles = rolesRepository(db, clock);
  const relationships = relationshipsRepository(db, clock);
  const events = lifeEventsRepository(db, clock);
  const details = contactDetailsRepository(db, clock);

  const get = (id: number): Person => toPerson(requirePerson(db, id));

  /** The lists given replace theirs; `phone`/`email` alone are written to the column, and triggers make them the primary entry. */
  const setDetails = (personId: number, phones: DetailInput[] | undefined, emails: DetailInput[] | undefined) => {
    if (phones !== undefined) details.replace({ personId }, 'phone', phones);
    if (emails !== undefined) details.replace({ personId }, 'email', emails);
  };

  const create = ({ clientId, role, birthday, phones, emails, ...given }: Parsed<typeof PersonCreate>): Person => {
    const fields = { ...given, ...(phones === undefined ? {} : { phone: null }), ...(emails === undefined ? {} : { email: null }) };
    if (role !== undefined && clientId === undefined) throw new AppFailure('invalid_input', 'A role needs a client: choose where they have that role, or leave the role empty.');
    const client = clientId === undefined ? undefined : requireClient(db, clientId);
    const now = isoNow(clock);
    return db.transaction(() => {
      const row = db.insert(people).values({ ...fields, ...birthdayColumns(birthday), createdAt: now, updatedAt: now }).returning().get();
      if (client) {
        // Without a role given, someone added at a household is family and at a business staff.
        const kind = role ?? (client.kind === 'household' ? 'family' : 'staff');
        personRoles.create({ personId: row.id, clientId: client.id, role: kind, title: null, since: null, until: null });
      }
      if (phones === undefined && emails === undefined) return toPerson(row);
      setDetails(row.id, phones, emails);
      return get(row.id);
    });
  };

  /** The death as a life event about them and their close family; a corrected date moves the earlier event rather than adding a second. */
  const recordDeathEvent = (person: PersonRow, diedOn: string, notes: string | null) => {
    const title = `Death of ${displayName(person)}`;
    const earlier = person.diedOn === null ? undefined : events.findAbout(person.id, 'death', person.diedOn).find((e) => e.title === title);
    if (earlier) {
      events.update({ id: earlier.id, date: diedOn, precision: 'day', subjectId: null, ...(notes === null ? {} : { notes }) });
      return;
    }
    events.create({
      typeKey: 'death',
      title,
      date: diedOn,
      precision: 'day',
      endDate: null,
      ongoing: false,
      toneOverride: null,
      clientId: null,
      notes,
      personIds: [person.id, ...relationships.closeRelativeIds(person.id)],
      subjectId: person.id,
    });
  };

  return {
    get,
    create,

    /** By name; with `clientId`, the people who have or had a role there. People in the trash are left out. */
    list({ clientId, tagId, includeDeceased, query, ids, limit }: Parsed<typeof PersonList>): Person[] {
      const filters: (SQL | undefined)[] = [isNull(people.deletedAt)];
      if (clientId !== undefined) {
        requireClient(db, clientId);
        filters.push(inArray(people.id, db.select({ id: roles.personId }).from(roles).where(eq(roles.clientId, clientId))));
      }
      if (tagId !== undefined) filters.push(inArray(people.id, db.select({ id: personTags.personId }).from(personTags).where(eq(personTags.tagId, tagId))));
      if (!includeDeceased) filters.push(isNull(people.diedOn));
      if (query !== undefined) filters.push(...nameMatches(query));
      if (ids !== undefined) filters.push(inArray(people.id, ids));
      const ordered = db
        .select()
        .from(people)
        .where(and(...filters))
        .orderBy(sql`${people.givenName} collate nocase`, sql`${people.familyName} collate nocase`, people.id);
      const rows = limit === undefined ? ordered.all() : ordered.limit(limit).all();
      return rows.map(toPerson);
    },

    update({ id, birthday, phones, emails, ...given }: Parsed<typeof PersonUpdate>): Person {
      get(id);
      const birth = birthday === undefined ? {} : birthdayColumns(birthday);
      // With the lists given, the columns follow their first entries (triggers).
      const { phone, email, ...patch } = given;
      const columns = { ...(phones === undefined && phone !== undefined ? { phone } : {}), ...(emails === undefined && email !== undefined ? { email } : {}) };
      db.update(people).set({ ...patch, ...columns, ...birth, updatedAt: isoNow(clock) }).where(eq(people.id, id)).run();
      setDetails(id, phones, emails);
      return get(id);
    },

    /**
     * Records the date of death and, unless told not to, the death as a life event about them
     * and their close family, so every briefing that mentions a relative knows.
     */
    markDeceased({ id, diedOn, createEvent, notes }: Parsed<typeof MarkDeceased>): Person {
      const person = requirePerson(db, id);
      const name = displayName(person);
      const today = fromDate(clock());
      if (diedOn > today) throw new AppFailure('conflict', `The date of death (${diedOn}) is in the future. Check the date for ${name} and try again.`);
      const born = birthDate(person);
      if (born !== null && diedOn < born) throw new AppFailure('conflict', `The date of death (${diedOn}) is before ${name} was born (${born}). Check the date and try again.`);
      return db.transaction(() => {
        // Without an event to hold them, the notes go on the person so nothing typed is lost.
        const personNotes = !createEvent && notes !== null ? [person.notes, notes].filter((n) => n !== null).join('\n') : person.notes;
        db.update(people).set({ diedOn, notes: personNotes, updatedAt: isoNow(clock) }).where(eq(people.id, id)).run();
        if (createEvent) recordDeathEvent(person, diedOn, notes);
        return get(id);
      });
    },

    /** Moves the person to the trash: they vanish from lists, families, roles and events until restored. */
    trash(id: number): TrashItem {
      const person = requirePerson(db, id);
      const now = isoNow(clock);
      db.update(people).set({ deletedAt: now, updatedAt: now }).where(eq(people.id, id)).run();
      return { entity: 'person', id, label: displayName(person), day: null, deletedAt: now };
    },

    /** "Add grandchild → Lily": the new (or existing) person and the relationship, together or not at all. */
    addRelative({ personId, relativeIs, relative, since }: Parsed<typeof AddRelative>): RelativeView {
      return db.transaction(() => {
        const relativeId = 'existingId' in relative ? relative.existingId : create(relative).id;
        const made = relationships.create({ ...relationshipFor(personId, relativeId, relativeIs), since, until: null, notes: null });
        return relationships.viewFrom(personId, made);
      });
    },
  };
}

export type PeopleRepository = ReturnType<typeof peopleRepository>;
