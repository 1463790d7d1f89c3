import type Database from 'better-sqlite3';
import type { BriefingSnapshot } from '../../src/briefing/snapshot.ts';
import { toSnapshotEvents, toSnapshotPerson, type AckRow, type EventRow, type PersonRow } from '../../db/briefing/rows.ts';

/**
 * The floor for the briefing gather: the same reads as db/briefing/gather-visit.ts, written as
 * hand-tuned SQL straight on better-sqlite3, to measure what the query builder costs.
 */
export function rawGatherer(sqlite: Database.Database) {
  const s = {
    visit: sqlite.prepare('select id, client_id as clientId, starts_at as startsAt, status from visits where id = ? and deleted_at is null'),
    expected: sqlite.prepare('select person_id as personId from visit_attendees where visit_id = ? and expected = 1'),
    client: sqlite.prepare(
      'select id, name, kind, rhythm_days as rhythmDays, access_hours as accessHours, parking, ask_for as askFor, site_notes as siteNotes, notes from clients where id = ?',
    ),
    roles: sqlite.prepare('select person_id as personId, client_id as clientId, role, since, until from roles where client_id = ?'),
    relationships: sqlite.prepare(
      'select id, person_a_id as aId, person_b_id as bId, kind, since, until from relationships where person_a_id in (select value from json_each(@ids)) or person_b_id in (select value from json_each(@ids))',
    ),
    people: sqlite.prepare(
      `select id, given_name as givenName, family_name as familyName, nickname, birthday_month as birthdayMonth, birthday_day as birthdayDay,
        birthday_year as birthdayYear, died_on as diedOn, interests, preferences, tech_comfort as techComfort, explain_how as explainHow,
        follow_up_consent as followUpConsent, follow_up_channel as followUpChannel, follow_up_times as followUpTimes
       from people where id in (select value from json_each(?)) and deleted_at is null`,
    ),
    eventIds: sqlite.prepare(
      'select distinct event_id as id from life_event_people where person_id in (select value from json_each(@ids)) union select id from life_events where client_id = @clientId',
    ),
    events: sqlite.prepare(
      `select id, type_key as typeKey, title, date, precision, end_date as endDate, ongoing, tone_override as toneOverride, client_id as clientId, notes
       from life_events where id in (select value from json_each(?)) and deleted_at is null order by date`,
    ),
    eventPeople: sqlite.prepare('select event_id as eventId, person_id as personId from life_event_people where event_id in (select value from json_each(?))'),
    acks: sqlite.prepare('select event_id as eventId, at, visit_id as visitId, note from acknowledgements where event_id in (select value from json_each(?)) order by at'),
    recent: sqlite.prepare(
      'select id, starts_at as startsAt, status, notes, work_done as workDone from visits where client_id = ? and starts_at < ? and id <> ? and deleted_at is null order by starts_at desc limit 10',
    ),
    attendance: sqlite.prepare('select visit_id as visitId, person_id as personId, attended from visit_attendees where visit_id in (select value from json_each(?))'),
    followUps: sqlite.prepare(
      'select id, client_id as clientId, person_id as personId, due_at as dueAt, kind, context from follow_ups where client_id = ? and done_at is null and deleted_at is null order by due_at',
    ),
    incidents: sqlite.prepare(
      'select id, started_at as startedAt, summary, cause, prevention, explained_at as explainedAt from incidents where client_id = ? and explained_at is null and deleted_at is null order by started_at desc',
    ),
    knowHow: sqlite.prepare(
      'select id, person_id as personId, question, answer, times_asked as timesAsked, last_asked_at as lastAskedAt from know_how where client_id = ? and deleted_at is null order by times_asked desc limit 20',
    ),
  };

  return (visitId: number): BriefingSnapshot => {
    const visit = s.visit.get(visitId) as { id: number; clientId: number; startsAt: string; status: 'planned' | 'completed' | 'cancelled' };
    const client = s.client.get(visit.clientId) as BriefingSnapshot['client'];
    const expectedAttendeeIds = (s.expected.all(visitId) as { personId: number }[]).map((r) => r.personId);
    const roles = s.roles.all(client.id) as BriefingSnapshot['roles'];
    const core = new Set([...roles.map((r) => r.personId), ...expectedAttendeeIds]);
    const relationships = s.relationships.all({ ids: JSON.stringify([...core]) }) as BriefingSnapshot['relationships'];
    const everyone = new Set(core);
    for (const r of relationships) everyone.add(r.aId).add(r.bId);
    const everyoneJson = JSON.stringify([...everyone]);
    const people = (s.people.all(everyoneJson) as PersonRow[]).map(toSnapshotPerson);
    const ids = JSON.stringify((s.eventIds.all({ ids: everyoneJson, clientId: client.id }) as { id: number }[]).map((r) => r.id));
    const events = (s.events.all(ids) as (Omit<EventRow, 'ongoing'> & { ongoing: number })[]).map((e) => ({ ...e, ongoing: e.ongoing === 1 }));
    const lifeEvents = toSnapshotEvents(events, s.eventPeople.all(ids) as { eventId: number; personId: number }[], s.acks.all(ids) as AckRow[]);
    const past = s.recent.all(client.id, visit.startsAt, visitId) as BriefingSnapshot['recentVisits'];
    const attendance = s.attendance.all(JSON.stringify(past.map((v) => v.id))) as { visitId: number; personId: number; attended: number }[];
    return {
      visit: { ...visit, expectedAttendeeIds },
      client,
      people,
      roles,
      relationships,
      lifeEvents,
      recentVisits: past.map((v) => ({ ...v, attendeeIds: attendance.filter((a) => a.visitId === v.id && (a.attended === 1 || v.status !== 'completed')).map((a) => a.personId) })),
      followUps: (s.followUps.all(client.id) as (BriefingSnapshot['followUps'][number] & { context: string | null })[]).map((f) => ({ ...f, context: f.context ?? '', done: false })),
      incidents: s.incidents.all(client.id) as BriefingSnapshot['incidents'],
      knowHow: (s.knowHow.all(client.id) as (BriefingSnapshot['knowHow'][number] & { answer: string | null })[]).map((k) => ({ ...k, answer: k.answer ?? '' })),
    };
  };
}
