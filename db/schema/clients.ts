import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Instants are UTC ISO-8601 text (sortable); see docs/data-model.md. */
export const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
};

export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['business', 'household'] }).notNull(),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    accessHours: text('access_hours'),
    parking: text('parking'),
    askFor: text('ask_for'),
    siteNotes: text('site_notes'),
    rhythmDays: integer('rhythm_days'),
    notes: text('notes'),
    archivedAt: text('archived_at'),
    /** Start of the last completed visit outside the trash; kept up to date by triggers on visits (migration 0006). */
    lastVisitAt: text('last_visit_at'),
    /**
     * Which kinds of contact (comma-separated: call,email,message,remote) reset the rhythm as a
     * visit does; null means every kind counts, '' that only visits do.
     */
    rhythmContactKinds: text('rhythm_contact_kinds'),
    /** The latest of the last visit and the last contact that counts; kept by triggers (migration 0009). */
    lastContactAt: text('last_contact_at'),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    index('clients_name_idx').on(t.name),
    // The trash lists what is in it by this small index, never by reading the whole table.
    index('clients_trashed_idx').on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
    // When each active client with a rhythm is next due a visit (a day either side, by time zone): the dashboard reads only those due by now.
    index('clients_next_due_idx')
      .on(sql`julianday(${t.lastContactAt}) + ${t.rhythmDays}`)
      .where(sql`${t.rhythmDays} is not null and ${t.lastContactAt} is not null and ${t.archivedAt} is null and ${t.deletedAt} is null`),
    check('clients_kind_check', sql`${t.kind} in ('business', 'household')`),
  ],
);
