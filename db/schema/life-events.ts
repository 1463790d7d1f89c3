import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients, timestamps } from './clients.ts';
import { people } from './people.ts';
import { visits } from './visits.ts';

export const PRECISIONS = ['day', 'month', 'year'] as const;
export const TONES = ['celebration', 'neutral', 'sensitive', 'grief'] as const;

export const lifeEvents = sqliteTable(
  'life_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Key in the catalogue (src/catalogue/life-events.ts). */
    typeKey: text('type_key').notNull(),
    title: text('title').notNull(),
    /** Calendar date yyyy-MM-dd; month precision stores the 1st, year precision 1 January. */
    date: text('date').notNull(),
    precision: text('precision', { enum: PRECISIONS }).notNull(),
    endDate: text('end_date'),
    ongoing: integer('ongoing', { mode: 'boolean' }).notNull().default(false),
    toneOverride: text('tone_override', { enum: TONES }),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'cascade' }),
    notes: text('notes'),
    deletedAt: text('deleted_at'),
    /**
     * The day the dashboard stops celebrating this event's anniversaries, kept by triggers from
     * the people on it, their relationships and the trash (migration 0019 says how): null, never
     * (celebrated); '' at once (someone on it has died, or it names nobody and no client outside
     * the trash); else the day two people on it split up. Derived: not part of an export.
     */
    celebrationEndsOn: text('celebration_ends_on'),
    ...timestamps,
  },
  (t) => [
    index('life_events_client_idx').on(t.clientId),
    // The trash lists what is in it by this small index, never by reading the whole table.
    index('life_events_trashed_idx').on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
    index('life_events_date_idx').on(t.date),
    // Yearly events (weddings, deaths) by type and month-day, for anniversaries in the coming days;
    // it also holds what the dashboard counts them by, so counting a fortnight's reads no row.
    index('life_events_yearly_cover_idx').on(t.typeKey, sql`substr(${t.date}, 6)`, t.deletedAt, t.toneOverride, t.date, t.precision, t.clientId, t.celebrationEndsOn),
    check('life_events_precision_check', sql`${t.precision} in ('day', 'month', 'year')`),
  ],
);

/** The people an event is about (a wedding is about two people; a birth about baby and parents). */
export const lifeEventPeople = sqliteTable(
  'life_event_people',
  {
    eventId: integer('event_id').notNull().references(() => lifeEvents.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    /**
     * The last day the event can still matter to a briefing (src/briefing/event-relevance.ts,
     * mattersThrough), kept by triggers from the event (migration 0021). Derived: not exported.
     */
    mattersThrough: text('matters_through'),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.personId] }),
    index('life_event_people_person_idx').on(t.personId, t.eventId),
    // A briefing reads the links of its people's events that can still matter, never the others' rows.
    index('life_event_people_matters_idx').on(t.personId, t.mattersThrough, t.eventId),
  ],
);

/** Each time an event was asked about ("asked; he is recovering"), at a visit or on a date. */
export const acknowledgements = sqliteTable(
  'acknowledgements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id').notNull().references(() => lifeEvents.id, { onDelete: 'cascade' }),
    visitId: integer('visit_id').references(() => visits.id, { onDelete: 'set null' }),
    at: text('at').notNull(),
    note: text('note'),
    ...timestamps,
  },
  (t) => [index('acknowledgements_event_idx').on(t.eventId, t.at), index('acknowledgements_visit_idx').on(t.visitId)],
);
