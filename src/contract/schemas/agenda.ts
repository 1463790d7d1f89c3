import { z } from 'zod';
import { assertTimeZone } from '../../dates/time-zone.ts';
import { CalendarDate } from './common.ts';
import type { ContactKind } from './contacts.ts';
import type { VisitStatus } from './visits.ts';

/** The longest stretch the agenda reads at once: six weeks, a month view's worth. */
export const AGENDA_MAX_DAYS = 42;
/** Visits (and, apart, contacts) read for one range at most; a busier range says there are more. */
export const AGENDA_MAX_ITEMS = 1000;

const DAYS = `Give the number of days (days) as a whole number from 1 to ${AGENDA_MAX_DAYS}.`;

export const AgendaRange = z
  .object({
    /** The first day shown, on the user's calendar. */
    start: CalendarDate,
    days: z.number({ error: DAYS }).int({ error: DAYS }).min(1, { error: DAYS }).max(AGENDA_MAX_DAYS, { error: DAYS }).default(7),
    /** Whose calendar: the day a visit falls on depends on it. Default: the machine's zone. */
    timeZone: z
      .string()
      .refine(
        (zone) => {
          try {
            assertTimeZone(zone);
            return true;
          } catch {
            return false;
          }
        },
        { message: 'Unknown time zone: use an IANA name such as "Europe/London".' },
      )
      .optional(),
  })
  .strict();
export type AgendaRange = z.input<typeof AgendaRange>;

/** A visit as the agenda shows it: enough to place, name and move it. */
export interface AgendaVisit {
  id: number;
  clientId: number;
  clientName: string;
  startsAt: string;
  endsAt: string | null;
  status: VisitStatus;
  purpose: string | null;
}

/** A call, e-mail, message or remote session as the agenda shows it. */
export interface AgendaContact {
  id: number;
  clientId: number;
  clientName: string;
  personId: number | null;
  personName: string | null;
  kind: ContactKind;
  occurredAt: string;
  summary: string;
}

export interface AgendaDay {
  /** yyyy-MM-dd on the user's calendar. */
  date: string;
  /** In start order. */
  visits: AgendaVisit[];
  /** In time order. */
  contacts: AgendaContact[];
}

export interface Agenda {
  timeZone: string;
  /** The instants the range covers: [from, to). */
  from: string;
  to: string;
  days: AgendaDay[];
  /** True when the range held more than AGENDA_MAX_ITEMS visits or contacts and the rest were left out. */
  more: boolean;
}
