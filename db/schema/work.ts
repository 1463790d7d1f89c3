import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients, timestamps } from './clients.ts';
import { contacts } from './contacts.ts';
import { people } from './people.ts';
import { visits } from './visits.ts';

export const FOLLOW_UP_KINDS = ['call', 'email', 'visit', 'check'] as const;

export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
    personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
    dueAt: text('due_at').notNull(),
    kind: text('kind', { enum: FOLLOW_UP_KINDS }).notNull(),
    /** What you need to know to answer their questions when you ring. */
    context: text('context'),
    sourceVisitId: integer('source_visit_id').references(() => visits.id, { onDelete: 'set null' }),
    /** The call, e-mail or message it was promised in. */
    sourceContactId: integer('source_contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    doneAt: text('done_at'),
    outcome: text('outcome'),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    index('follow_ups_due_idx').on(t.doneAt, t.dueAt),
    // Only the open ones, so Home counts those due by the week's end in the index alone.
    index('follow_ups_open_due_idx').on(t.dueAt).where(sql`${t.doneAt} is null and ${t.deletedAt} is null`),
    index('follow_ups_client_idx').on(t.clientId, t.doneAt),
    index('follow_ups_person_idx').on(t.personId),
    // The trash lists what is in it by this small index, never by reading the whole table.
    index('follow_ups_trashed_idx').on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
  ],
);

export const incidents = sqliteTable(
  'incidents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
    startedAt: text('started_at').notNull(),
    resolvedAt: text('resolved_at'),
    summary: text('summary').notNull(),
    impact: text('impact'),
    /** The why: what made it happen. */
    cause: text('cause'),
    prevention: text('prevention'),
    explainedAt: text('explained_at'),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    index('incidents_client_idx').on(t.clientId, t.startedAt),
    // The incidents screen, latest first, a page at a time.
    index('incidents_started_idx').on(t.startedAt),
    // The trash lists what is in it by this small index, never by reading the whole table.
    index('incidents_trashed_idx').on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
  ],
);

export const knowHow = sqliteTable(
  'know_how',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'cascade' }),
    personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
    question: text('question').notNull(),
    answer: text('answer'),
    timesAsked: integer('times_asked').notNull().default(1),
    lastAskedAt: text('last_asked_at').notNull(),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    index('know_how_client_idx').on(t.clientId),
    // The trash lists what is in it by this small index, never by reading the whole table.
    index('know_how_trashed_idx').on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
    index('know_how_person_idx').on(t.personId),
    // The know-how screen, most asked first (then latest asked, then oldest id), a page at a time.
    index('know_how_most_asked_idx').on(sql`${t.timesAsked} desc`, sql`${t.lastAskedAt} desc`),
    check('know_how_owner_check', sql`${t.clientId} is not null or ${t.personId} is not null`),
  ],
);

/** Small app state and preferences (last opened, locale, reminder windows), JSON values. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});
