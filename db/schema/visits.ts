import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients, timestamps } from './clients.ts';
import { people } from './people.ts';

export const VISIT_STATUSES = ['planned', 'completed', 'cancelled'] as const;

export const visits = sqliteTable(
  'visits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
    /** UTC instants (ISO-8601). */
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at'),
    status: text('status', { enum: VISIT_STATUSES }).notNull().default('planned'),
    purpose: text('purpose'),
    location: text('location'),
    notes: text('notes'),
    workDone: text('work_done'),
    completedAt: text('completed_at'),
    /** ICS UID (+ recurrence id) for re-import without duplicates. */
    externalUid: text('external_uid'),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    index('visits_client_starts_idx').on(t.clientId, t.startsAt),
    index('visits_starts_idx').on(t.startsAt),
    // The trash lists what is in it by this small index, never by reading the whole table.
    index('visits_trashed_idx').on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
    // Last completed / next planned visit per client, for the visit rhythm.
    index('visits_client_status_starts_idx').on(t.clientId, t.status, t.startsAt).where(sql`${t.deletedAt} is null`),
    // Planned visits only: the dashboard's "not logged yet" list reads these, never the years of completed ones.
    index('visits_planned_starts_idx').on(t.startsAt).where(sql`${t.status} = 'planned' and ${t.deletedAt} is null`),
    index('visits_external_uid_idx').on(t.externalUid),
    check('visits_status_check', sql`${t.status} in ('planned', 'completed', 'cancelled')`),
  ],
);

/** People expected at (and, once logged, met at) a visit. */
export const visitAttendees = sqliteTable(
  'visit_attendees',
  {
    visitId: integer('visit_id').notNull().references(() => visits.id, { onDelete: 'cascade' }),
    personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    expected: integer('expected', { mode: 'boolean' }).notNull().default(true),
    attended: integer('attended', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.personId] }), index('visit_attendees_person_idx').on(t.personId)],
);
