import type { LifeEventTypeKey, Tone } from '../catalogue/life-events.ts';
import type { CalendarDate, DatePrecision, PreciseDate } from '../dates/calendar-date.ts';
import type { Instant } from '../dates/time-zone.ts';
import type { ContactKind } from '../contract/schemas/contacts.ts';

/**
 * The plain facts the briefing engine reads: a "snapshot" gathered from the database for one
 * visit (BriefingSnapshot) or for the dashboard (DashboardSnapshot). Plain data only, so the
 * engine stays pure and the gather module can fill it in a few indexed queries.
 *
 * Conventions: ids are the database's integer ids; calendar dates are `yyyy-MM-dd`;
 * instants are ISO-8601 text with `Z` or an offset; "no value" is `null`, never "".
 * The engine filters by itself (ended roles, done follow-ups, deceased people…), so the
 * gather module may include more than is shown but must not leave out what is listed here.
 */

export type Id = number;

export type VisitStatus = 'planned' | 'completed' | 'cancelled';

export interface Visit {
  id: Id;
  clientId: Id;
  startsAt: Instant;
  status: VisitStatus;
  /** People expected at the visit, in the order the user put them; may be empty. */
  expectedAttendeeIds: Id[];
}

export interface Client {
  id: Id;
  name: string;
  kind: 'business' | 'household';
  /** Usual visit rhythm in days ("every 4 weeks" is 28), or null when there is none. */
  rhythmDays: number | null;
  accessHours: string | null;
  parking: string | null;
  /** Whom to ask for on arrival. */
  askFor: string | null;
  siteNotes: string | null;
  notes: string | null;
}

/** A birthday as people know it: day and month, the year only sometimes. */
export interface Birthday {
  month: number;
  day: number;
  year: number | null;
}

export type TechComfort = 'low' | 'medium' | 'high';

export interface FollowUpConsent {
  status: 'yes' | 'no' | 'not-asked';
  /** How they like to be contacted: "phone", "text". */
  channel: string | null;
  /** When: "weekday evenings". */
  goodTimes: string | null;
}

export interface Person {
  id: Id;
  givenName: string;
  familyName: string | null;
  nickname: string | null;
  birthday: Birthday | null;
  /** Set when the person has died; the precision says whether the day is known. */
  diedOn: PreciseDate | null;
  /** Short phrases, most important first: "allotment", "Leeds United". */
  interests: string[];
  /** Short phrases: "lemon drizzle cake", "tea, no sugar". */
  preferences: string[];
  techComfort: TechComfort | null;
  /** How they like things explained: "write the steps down on paper". */
  explainHow: string | null;
  followUpConsent: FollowUpConsent;
}

export type RoleKind = 'owner' | 'manager' | 'staff' | 'family' | 'other';

/** A person's role at a client. `until` is the first day it no longer holds. */
export interface Role {
  personId: Id;
  clientId: Id;
  role: RoleKind;
  since: CalendarDate | null;
  until: CalendarDate | null;
}

/**
 * Symmetric kinds read the same both ways. Asymmetric kinds read "a is the parent of b",
 * "a is the grandparent of b".
 */
export type RelationshipKind = 'partner' | 'spouse' | 'parent' | 'grandparent' | 'sibling' | 'friend' | 'colleague' | 'other';

/** A relationship between two people. `until` is the first day it no longer holds (a separation). */
export interface Relationship {
  id: Id;
  aId: Id;
  bId: Id;
  kind: RelationshipKind;
  since: CalendarDate | null;
  until: CalendarDate | null;
}

/** One time the consultant asked about an event ("asked; he is recovering"). */
export interface Acknowledgement {
  at: Instant;
  visitId: Id | null;
  note: string | null;
}

export interface LifeEvent {
  id: Id;
  typeKey: LifeEventTypeKey;
  title: string;
  /** When it happens or happened; read together with `precision` (month: yyyy-MM-01). */
  date: CalendarDate;
  precision: DatePrecision;
  /** When it ended, at the same precision as `date`; null if it was a single moment or is ongoing. */
  endDate: CalendarDate | null;
  ongoing: boolean;
  /** Replaces the catalogue's tone for this one event ("the move was not a happy one"). */
  toneOverride: Tone | null;
  /** Set for business events that belong to a client rather than (only) to people. */
  clientId: Id | null;
  notes: string | null;
  /** Everyone the event is about: the person it happened to and those close to it. */
  personIds: Id[];
  acknowledgements: Acknowledgement[];
}

/** An earlier visit to the client. */
export interface PastVisit {
  id: Id;
  startsAt: Instant;
  status: VisitStatus;
  attendeeIds: Id[];
  notes: string | null;
  workDone: string | null;
}

/** A call, e-mail, message or remote session with the client before the visit. */
export interface PastContact {
  id: Id;
  kind: ContactKind;
  occurredAt: Instant;
  personId: Id | null;
  summary: string;
  promised: string | null;
}

export type FollowUpKind = 'call' | 'email' | 'visit' | 'check';

export interface FollowUp {
  id: Id;
  clientId: Id;
  personId: Id | null;
  dueAt: Instant;
  kind: FollowUpKind;
  /** What you need to know to answer their questions. */
  context: string;
  done: boolean;
}

export interface Incident {
  id: Id;
  startedAt: Instant;
  summary: string;
  /** Why it happened. */
  cause: string | null;
  /** What was done so it does not happen again. */
  prevention: string | null;
  /** When the why was explained to the client; null until it has been. */
  explainedAt: Instant | null;
}

export interface KnowHow {
  id: Id;
  personId: Id | null;
  question: string;
  answer: string;
  timesAsked: number;
  lastAskedAt: Instant | null;
}

/** Everything the briefing for one visit needs. */
export interface BriefingSnapshot {
  visit: Visit;
  client: Client;
  /**
   * The client's people (any role, ended ones included), the expected attendees, and
   * everyone one relationship away from them, deceased people included.
   */
  people: Person[];
  /** Every role at this client. */
  roles: Role[];
  /** Every relationship that touches one of the client's people or the expected attendees. */
  relationships: Relationship[];
  /** Life events about any of `people`, and the client's own events; with their acknowledgements. */
  lifeEvents: LifeEvent[];
  /** The client's visits before this one, most recent first; the last 10 are plenty. */
  recentVisits: PastVisit[];
  /** The client's calls, e-mails, messages and remote sessions before this visit, most recent first (a few). */
  recentContacts?: PastContact[];
  /** The client's follow-ups that are not done. */
  followUps: FollowUp[];
  /** The client's incidents whose why has not been explained. */
  incidents: Incident[];
  /** The client's know-how, all of it or the 20 most asked. */
  knowHow: KnowHow[];
  /** The client's dates with a reminder (renewals); the engine keeps those whose reminder has begun. */
  renewals?: FieldReminder[];
}

/** A client as the dashboard sees it: enough to name it and judge its visit rhythm. */
export interface DashboardClient {
  id: Id;
  name: string;
  rhythmDays: number | null;
  /** Start of the last completed visit, if any. */
  lastCompletedVisitAt: Instant | null;
  /**
   * The last contact that counts for the rhythm (a call, e-mail, message or remote session the
   * client's setting counts), when it came after the last visit: the rhythm runs from it.
   */
  lastContact?: { at: Instant; kind: ContactKind } | null;
  /** Start of the next planned visit after now, if one is booked. */
  nextPlannedVisitAt: Instant | null;
}

/** Everything the dashboard for a range of days needs. */
/** A client's own date field with a reminder: "Microsoft 365 renewal", 1 March, 30 days before. */
export interface FieldReminder {
  id: Id;
  clientId: Id;
  label: string;
  date: CalendarDate;
  remindDaysBefore: number;
}

export interface DashboardSnapshot {
  /** Every visit starting within the range (any status), each with the facts for its briefing. */
  visits: BriefingSnapshot[];
  /** Planned visits that started before now and were never logged. */
  unloggedVisits: Visit[];
  /** Every client not in the trash; archived ones (kept to name their follow-ups) with no rhythm. */
  clients: DashboardClient[];
  /** Follow-ups not done that are due before the end of the range (overdue ones included). */
  followUps: FollowUp[];
  /** Date fields whose reminder has begun by today (the Renewals list); absent is none. */
  renewals?: FieldReminder[];
  /**
   * People to name on the dashboard: those whose birthday falls in the list's window (look-ahead or catch-up),
   * everyone who has died (for mindful dates), the people on `lifeEvents` and follow-ups, and
   * those one relationship away from them.
   */
  people: Person[];
  /** Every relationship among `people`. */
  relationships: Relationship[];
  /** Every role of `people`, to say which client they belong to. */
  roles: Role[];
  /** Life events of the types that recur yearly whose month and day fall in the list's window (month-precision ones by their month). */
  lifeEvents: LifeEvent[];
}
