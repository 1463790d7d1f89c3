import { and, asc, eq, gte, isNull, lt, ne, sql } from 'drizzle-orm';
import { AGENDA_MAX_ITEMS, type Agenda, type AgendaContact, type AgendaDay, type AgendaVisit } from '../../src/contract/schemas/agenda.ts';
import { addDays, type CalendarDate } from '../../src/dates/calendar-date.ts';
import { localDateOf } from '../../src/dates/time-zone.ts';
import { daysFrom } from '../../src/agenda/week.ts';
import { startOfLocalDay } from '../briefing/window.ts';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { contacts } from '../schema/contacts.ts';
import { people } from '../schema/people.ts';
import { visits } from '../schema/visits.ts';
import { displayName } from './rows.ts';

/**
 * The agenda: every client's visits (planned and logged; cancelled ones are left out) and
 * contacts in a range of days, placed on the user's calendar. Two queries whatever the range
 * holds: visits on visits_starts_idx, contacts on contacts_occurred_idx (tests check the plans),
 * each stopping at AGENDA_MAX_ITEMS + 1.
 */
export function agendaQueries(db: Db) {
  const visitsIn = db
    .select({
      id: visits.id,
      clientId: visits.clientId,
      clientName: clients.name,
      startsAt: visits.startsAt,
      endsAt: visits.endsAt,
      status: visits.status,
      purpose: visits.purpose,
    })
    .from(visits)
    .innerJoin(clients, eq(clients.id, visits.clientId))
    .where(
      and(
        gte(visits.startsAt, sql.placeholder('from')),
        lt(visits.startsAt, sql.placeholder('to')),
        isNull(visits.deletedAt),
        ne(visits.status, 'cancelled'),
        isNull(clients.deletedAt),
      ),
    )
    .orderBy(asc(visits.startsAt), asc(visits.id))
    .limit(AGENDA_MAX_ITEMS + 1);

  const contactsIn = db
    .select({
      id: contacts.id,
      clientId: contacts.clientId,
      clientName: clients.name,
      personId: contacts.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      kind: contacts.kind,
      occurredAt: contacts.occurredAt,
      summary: contacts.summary,
    })
    .from(contacts)
    .innerJoin(clients, eq(clients.id, contacts.clientId))
    .leftJoin(people, eq(people.id, contacts.personId))
    .where(and(gte(contacts.occurredAt, sql.placeholder('from')), lt(contacts.occurredAt, sql.placeholder('to')), isNull(contacts.deletedAt), isNull(clients.deletedAt)))
    .orderBy(asc(contacts.occurredAt), asc(contacts.id))
    .limit(AGENDA_MAX_ITEMS + 1);

  return { visitsIn, contactsIn };
}

export function agendaRepository(db: Db) {
  const queries = agendaQueries(db);
  const visitsIn = queries.visitsIn.prepare();
  const contactsIn = queries.contactsIn.prepare();
  return {
    range({ start, days, timeZone }: { start: CalendarDate; days: number; timeZone: string }): Agenda {
      const from = startOfLocalDay(start, timeZone);
      const to = startOfLocalDay(addDays(start, days), timeZone);
      const visitRows = visitsIn.all({ from, to });
      const contactRows = contactsIn.all({ from, to });
      const byDay = new Map<CalendarDate, AgendaDay>(daysFrom(start, days).map((date) => [date, { date, visits: [], contacts: [] }]));
      for (const v of visitRows.slice(0, AGENDA_MAX_ITEMS) as AgendaVisit[]) byDay.get(localDateOf(v.startsAt, timeZone))?.visits.push(v);
      for (const { givenName, familyName, ...c } of contactRows.slice(0, AGENDA_MAX_ITEMS)) {
        const contact: AgendaContact = { ...c, personName: givenName === null ? null : displayName({ givenName, familyName }) };
        byDay.get(localDateOf(c.occurredAt, timeZone))?.contacts.push(contact);
      }
      return { timeZone, from, to, days: [...byDay.values()], more: visitRows.length > AGENDA_MAX_ITEMS || contactRows.length > AGENDA_MAX_ITEMS };
    },
  };
}
