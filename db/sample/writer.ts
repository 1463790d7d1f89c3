import type Database from 'better-sqlite3';

/**
 * Batched inserts for every table the sample data fills. The large size writes about a million
 * rows, and each statement that fires the search triggers makes FTS5 flush its pending index
 * data, so rows go in hundreds to a statement. Ids are handed out here, counting on from what
 * the table already used, so later rows can refer to rows still waiting in a batch. Every row
 * is stamped with the generator's `now`, never the wall clock, so the same seed gives the same
 * database.
 */

export interface ClientRow {
  name: string;
  kind: 'business' | 'household';
  phone: string | null;
  email: string | null;
  address: string;
  accessHours: string;
  parking: string;
  askFor: string;
  siteNotes: string;
  rhythmDays: number | null;
  notes: string | null;
  archivedAt: string | null;
}

export interface PersonRow {
  givenName: string;
  familyName: string | null;
  nickname: string | null;
  birthdayMonth: number | null;
  birthdayDay: number | null;
  birthdayYear: number | null;
  diedOn: string | null;
  phone: string | null;
  email: string | null;
  interests: string | null;
  preferences: string | null;
  techComfort: 'low' | 'medium' | 'high' | null;
  explainHow: string | null;
  followUpConsent: 'yes' | 'no' | 'not_asked';
  followUpChannel: 'phone' | 'email' | 'text' | 'visit' | null;
  followUpTimes: string | null;
  notes: string | null;
}

export interface EventRow {
  typeKey: string;
  title: string;
  date: string;
  precision: 'day' | 'month' | 'year';
  endDate: string | null;
  ongoing: 0 | 1;
  toneOverride: string | null;
  clientId: number | null;
  notes: string | null;
}

export interface VisitRow {
  clientId: number;
  startsAt: string;
  endsAt: string;
  status: 'planned' | 'completed' | 'cancelled';
  purpose: string;
  notes: string | null;
  workDone: string | null;
  completedAt: string | null;
}

export interface FollowUpRow {
  clientId: number;
  personId: number | null;
  dueAt: string;
  kind: 'call' | 'email' | 'visit' | 'check';
  context: string;
  sourceVisitId: number;
  doneAt: string | null;
  outcome: string | null;
}

export interface IncidentRow {
  clientId: number;
  startedAt: string;
  resolvedAt: string | null;
  summary: string;
  impact: string;
  cause: string | null;
  prevention: string | null;
  explainedAt: string | null;
}

export interface KnowHowRow {
  clientId: number;
  personId: number | null;
  question: string;
  answer: string;
  timesAsked: number;
  lastAskedAt: string;
}

type Value = string | number | null;

const ROWS_PER_STATEMENT = 400;

/** One table's waiting rows. `withId` tables get their id from here; `stamped` ones get created/updated at. */
function tableBatch(sqlite: Database.Database, table: string, columns: readonly string[], options: { withId: boolean; stamped: boolean }, stamp: string) {
  const names = [...(options.withId ? ['id'] : []), ...columns, ...(options.stamped ? ['created_at', 'updated_at'] : [])];
  const tuple = `(${[...(options.withId ? ['?'] : []), ...columns.map(() => '?'), ...(options.stamped ? ['@stamp', '@stamp'] : [])].join(', ')})`;
  const statements = new Map<number, Database.Statement>();
  const statementFor = (rows: number) => {
    let statement = statements.get(rows);
    if (!statement) {
      statement = sqlite.prepare(`insert into ${table} (${names.join(', ')}) values ${Array(rows).fill(tuple).join(', ')}`);
      statements.set(rows, statement);
    }
    return statement;
  };
  const used = options.withId
    ? (sqlite.prepare(`select max(coalesce((select seq from sqlite_sequence where name = ?), 0), coalesce((select max(id) from ${table}), 0)) as n`).get(table) as { n: number }).n
    : 0;
  let nextId = used + 1;
  let waiting: Value[] = [];
  let rows = 0;
  return {
    /** Queues a row; returns its id (0 for link tables, which have none). */
    add(values: readonly Value[]): number {
      const id = options.withId ? nextId++ : 0;
      if (options.withId) waiting.push(id);
      waiting.push(...values);
      rows++;
      return id;
    },
    get full() {
      return rows >= ROWS_PER_STATEMENT;
    },
    flush() {
      if (rows === 0) return;
      const values = waiting;
      statementFor(rows).run(...values, ...(options.stamped ? [{ stamp }] : []));
      waiting = [];
      rows = 0;
    },
  };
}

export type SampleWriter = ReturnType<typeof sampleWriter>;

export function sampleWriter(sqlite: Database.Database, stamp: string) {
  const batch = (table: string, columns: readonly string[], options = { withId: true, stamped: true }) => tableBatch(sqlite, table, columns, options, stamp);
  const link = { withId: false, stamped: false };
  // Listed parents first: flushing in this order keeps every foreign key satisfied.
  const clients = batch('clients', ['name', 'kind', 'phone', 'email', 'address', 'access_hours', 'parking', 'ask_for', 'site_notes', 'rhythm_days', 'notes', 'archived_at']);
  const people = batch('people', [
    'given_name', 'family_name', 'nickname', 'birthday_month', 'birthday_day', 'birthday_year', 'died_on', 'phone', 'email', 'interests', 'preferences',
    'tech_comfort', 'explain_how', 'follow_up_consent', 'follow_up_channel', 'follow_up_times', 'notes',
  ]);
  const roles = batch('roles', ['person_id', 'client_id', 'role', 'title', 'since', 'until']);
  const relationships = batch('relationships', ['person_a_id', 'person_b_id', 'kind', 'since', 'until']);
  const visits = batch('visits', ['client_id', 'starts_at', 'ends_at', 'status', 'purpose', 'notes', 'work_done', 'completed_at']);
  const attendees = batch('visit_attendees', ['visit_id', 'person_id', 'expected', 'attended'], link);
  const followUps = batch('follow_ups', ['client_id', 'person_id', 'due_at', 'kind', 'context', 'source_visit_id', 'done_at', 'outcome']);
  const events = batch('life_events', ['type_key', 'title', 'date', 'precision', 'end_date', 'ongoing', 'tone_override', 'client_id', 'notes']);
  const eventPeople = batch('life_event_people', ['event_id', 'person_id'], link);
  const acknowledgements = batch('acknowledgements', ['event_id', 'visit_id', 'at', 'note']);
  const incidents = batch('incidents', ['client_id', 'started_at', 'resolved_at', 'summary', 'impact', 'cause', 'prevention', 'explained_at']);
  const knowHow = batch('know_how', ['client_id', 'person_id', 'question', 'answer', 'times_asked', 'last_asked_at']);
  const all = [clients, people, roles, relationships, visits, attendees, followUps, events, eventPeople, acknowledgements, incidents, knowHow];

  const flush = () => {
    for (const table of all) table.flush();
  };
  const add = (table: ReturnType<typeof batch>, values: readonly Value[]): number => {
    const id = table.add(values);
    if (table.full) flush();
    return id;
  };

  return {
    client: (c: ClientRow) => add(clients, [c.name, c.kind, c.phone, c.email, c.address, c.accessHours, c.parking, c.askFor, c.siteNotes, c.rhythmDays, c.notes, c.archivedAt]),
    person: (p: PersonRow) =>
      add(people, [
        p.givenName, p.familyName, p.nickname, p.birthdayMonth, p.birthdayDay, p.birthdayYear, p.diedOn, p.phone, p.email, p.interests, p.preferences,
        p.techComfort, p.explainHow, p.followUpConsent, p.followUpChannel, p.followUpTimes, p.notes,
      ]),
    role: (personId: number, clientId: number, role: string, title: string | null, since: string | null, until: string | null) =>
      add(roles, [personId, clientId, role, title, since, until]),
    /** Reads "a is the <kind> of b" for parent and grandparent. */
    relationship: (a: number, kind: string, b: number, since: string | null = null, until: string | null = null) => add(relationships, [a, b, kind, since, until]),
    event: (e: EventRow, personIds: readonly number[]) => {
      const eventId = add(events, [e.typeKey, e.title, e.date, e.precision, e.endDate, e.ongoing, e.toneOverride, e.clientId, e.notes]);
      for (const personId of new Set(personIds)) add(eventPeople, [eventId, personId]);
      return eventId;
    },
    acknowledgement: (eventId: number, visitId: number | null, when: string, note: string) => add(acknowledgements, [eventId, visitId, when, note]),
    visit: (v: VisitRow, attendeeIds: readonly number[]) => {
      const visitId = add(visits, [v.clientId, v.startsAt, v.endsAt, v.status, v.purpose, v.notes, v.workDone, v.completedAt]);
      const attended = v.status === 'completed' ? 1 : 0;
      for (const personId of attendeeIds) add(attendees, [visitId, personId, 1, attended]);
      return visitId;
    },
    followUp: (f: FollowUpRow) => add(followUps, [f.clientId, f.personId, f.dueAt, f.kind, f.context, f.sourceVisitId, f.doneAt, f.outcome]),
    incident: (i: IncidentRow) => add(incidents, [i.clientId, i.startedAt, i.resolvedAt, i.summary, i.impact, i.cause, i.prevention, i.explainedAt]),
    knowHow: (k: KnowHowRow) => add(knowHow, [k.clientId, k.personId, k.question, k.answer, k.timesAsked, k.lastAskedAt]),
    /** Writes whatever is still waiting; call once at the end. */
    finish: flush,
  };
}
