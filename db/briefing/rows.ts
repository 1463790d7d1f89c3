import type { PreciseDate } from '../../src/dates/calendar-date.ts';
import type * as S from '../../src/briefing/snapshot.ts';

/** Row → snapshot mappers: the database's columns as the briefing engine reads them. */

/**
 * Free text as the user wrote it, in the order typed. Interests are short topics and split on
 * commas too ("allotment, Leeds United"); preferences are phrases in which a comma belongs
 * ("coffee, black", "tea, no sugar"), so they split only on lines and semicolons.
 */
export const phrases = (text: string | null, separators: RegExp = /[;\n]+/): string[] =>
  text
    ? text
        .split(separators)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

export interface PersonRow {
  id: number;
  givenName: string;
  familyName: string | null;
  nickname: string | null;
  birthdayMonth: number | null;
  birthdayDay: number | null;
  birthdayYear: number | null;
  diedOn: string | null;
  interests: string | null;
  preferences: string | null;
  techComfort: 'low' | 'medium' | 'high' | null;
  explainHow: string | null;
  followUpConsent: 'yes' | 'no' | 'not_asked';
  followUpChannel: string | null;
  followUpTimes: string | null;
}

export function toSnapshotPerson(row: PersonRow): S.Person {
  const diedOn: PreciseDate | null = row.diedOn ? { date: row.diedOn, precision: 'day' } : null;
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    nickname: row.nickname,
    birthday: row.birthdayMonth !== null && row.birthdayDay !== null ? { month: row.birthdayMonth, day: row.birthdayDay, year: row.birthdayYear } : null,
    diedOn,
    interests: phrases(row.interests, /[,;\n]+/),
    preferences: phrases(row.preferences),
    techComfort: row.techComfort,
    explainHow: row.explainHow,
    followUpConsent: {
      status: row.followUpConsent === 'not_asked' ? 'not-asked' : row.followUpConsent,
      channel: row.followUpChannel,
      goodTimes: row.followUpTimes,
    },
  };
}

export interface EventRow {
  id: number;
  typeKey: string;
  title: string;
  date: string;
  precision: 'day' | 'month' | 'year';
  endDate: string | null;
  ongoing: boolean;
  toneOverride: S.LifeEvent['toneOverride'];
  clientId: number | null;
  notes: string | null;
}

export interface AckRow {
  eventId: number;
  at: string;
  visitId: number | null;
  note: string | null;
}

/** Joins events with their people and acknowledgements, keeping the events' order. */
export function toSnapshotEvents(events: EventRow[], links: { eventId: number; personId: number }[], acks: AckRow[]): S.LifeEvent[] {
  const people = new Map<number, number[]>();
  for (const l of links) people.set(l.eventId, [...(people.get(l.eventId) ?? []), l.personId]);
  const asked = new Map<number, S.Acknowledgement[]>();
  for (const a of acks) asked.set(a.eventId, [...(asked.get(a.eventId) ?? []), { at: a.at, visitId: a.visitId, note: a.note }]);
  return events.map((e) => ({
    ...e,
    typeKey: e.typeKey as S.LifeEvent['typeKey'],
    personIds: people.get(e.id) ?? [],
    acknowledgements: asked.get(e.id) ?? [],
  }));
}
