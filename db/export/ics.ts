import { and, asc, eq, isNull } from 'drizzle-orm';
import { buildBriefing } from '../../src/briefing/engine.ts';
import { briefingText } from '../../src/export/briefing-text.ts';
import { DEFAULT_LOCALE, dateFormat } from '../../src/dates/date-format.ts';
import { writeCalendar, type CalendarEntry } from '../../src/export/ics-writer.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { gatherVisit } from '../briefing/gather-visit.ts';
import { isReadableInstant } from '../briefing/rows.ts';
import { briefingStatements } from '../briefing/statements.ts';
import { displayName } from '../repositories/rows.ts';
import { clients } from '../schema/clients.ts';
import { people } from '../schema/people.ts';
import { visits } from '../schema/visits.ts';
import { followUps } from '../schema/work.ts';

export interface CalendarExportOptions {
  /** The user's IANA zone: the briefings' "today" and phrases are judged in it. */
  timeZone: string;
  /** The user's locale: how the briefings write dates (default en-GB). */
  locale?: string;
  /** Follow-ups as events (every phone calendar shows them) or as to-dos. */
  followUpsAs: 'event' | 'todo';
}

const FOLLOW_UP_VERBS = { call: 'Call', email: 'E-mail', visit: 'Visit', check: 'Check on' } as const;

export const visitUid = (id: number) => `askafter-visit-${id}`;
export const followUpUid = (id: number) => `askafter-follow-up-${id}`;

/**
 * Planned visits (each DESCRIPTION holding its briefing as text, so a phone keeps it offline)
 * and open follow-ups with their context. Records in the trash, or of a client in the trash,
 * are left out.
 */
export function exportCalendar(db: Db, clock: Clock, { timeZone, locale = DEFAULT_LOCALE, followUpsAs }: CalendarExportOptions): string {
  const now = clock();
  const dates = dateFormat({ locale, timeZone });
  const statements = briefingStatements(db);
  const planned = db
    .select({ visit: visits, client: clients })
    .from(visits)
    .innerJoin(clients, eq(clients.id, visits.clientId))
    .where(and(eq(visits.status, 'planned'), isNull(visits.deletedAt), isNull(clients.deletedAt)))
    .orderBy(asc(visits.startsAt), asc(visits.id))
    .all()
    // A row whose time no calendar can hold (stored before dates were bounded) is left out.
    .filter(({ visit }) => isReadableInstant(visit.startsAt) && isReadableInstant(visit.endsAt));
  const events = planned.map(({ visit, client }): CalendarEntry => {
    const briefing = briefingText(buildBriefing(gatherVisit(statements, visit.id), { now, timeZone, locale }), dates);
    return {
      uid: visitUid(visit.id),
      start: visit.startsAt,
      end: visit.endsAt,
      summary: visit.purpose ? `${client.name}: ${visit.purpose}` : `Visit to ${client.name}`,
      location: visit.location ?? client.address,
      description: [visit.notes, briefing].filter((part) => part !== null).join('\n\n'),
      lastModified: visit.updatedAt,
    };
  });

  const open = db
    .select({ followUp: followUps, client: clients.name, person: people })
    .from(followUps)
    .innerJoin(clients, eq(clients.id, followUps.clientId))
    .leftJoin(people, and(eq(people.id, followUps.personId), isNull(people.deletedAt)))
    .where(and(isNull(followUps.doneAt), isNull(followUps.deletedAt), isNull(clients.deletedAt)))
    .orderBy(asc(followUps.dueAt), asc(followUps.id))
    .all()
    .filter(({ followUp }) => isReadableInstant(followUp.dueAt));
  const promises = open.map(({ followUp, client, person }): CalendarEntry => {
    const who = person ? `${displayName(person)} (${client})` : client;
    const reach = person && followUp.kind === 'call' && person.phone ? `Phone: ${person.phone}` : person && followUp.kind === 'email' && person.email ? `E-mail: ${person.email}` : null;
    const description = [followUp.context, reach].filter((part) => part !== null).join('\n\n');
    return {
      uid: followUpUid(followUp.id),
      start: followUp.dueAt,
      end: null,
      summary: `${FOLLOW_UP_VERBS[followUp.kind]} ${who}`,
      location: null,
      description: description === '' ? null : description,
      lastModified: followUp.updatedAt,
    };
  });

  return writeCalendar({
    name: 'Ask After',
    stamp: now.toISOString(),
    events: followUpsAs === 'event' ? [...events, ...promises] : events,
    todos: followUpsAs === 'todo' ? promises : [],
  });
}
