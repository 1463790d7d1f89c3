import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { FIELD_KINDS } from '../../src/contract/schemas/client-fields.ts';
import { clients, timestamps } from './clients.ts';

/**
 * What the consultant keeps per client in their own words: the ISP, the router, the domain
 * registrar (`text`), a licence or warranty renewal (`date`, `yyyy-MM-dd`). A date may carry a
 * reminder so many days before it falls due; the dashboard reads only the fields whose reminder
 * has begun, by `client_fields_reminder_idx`.
 */
export const clientFields = sqliteTable(
  'client_fields',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    kind: text('kind', { enum: FIELD_KINDS }).notNull(),
    /** As typed for `text`; the calendar date for `date`. */
    value: text('value').notNull(),
    remindDaysBefore: integer('remind_days_before'),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('client_fields_client_idx').on(t.clientId, t.position),
    // The day a reminder begins, as a number of days: the dashboard seeks those begun by today.
    index('client_fields_reminder_idx')
      .on(sql`julianday(${t.value}) - ${t.remindDaysBefore}`)
      .where(sql`${t.remindDaysBefore} is not null`),
    check('client_fields_kind_check', sql`${t.kind} in ('text', 'date')`),
    check('client_fields_reminder_check', sql`${t.remindDaysBefore} is null or (${t.kind} = 'date' and ${t.remindDaysBefore} >= 0)`),
  ],
);
