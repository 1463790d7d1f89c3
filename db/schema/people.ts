import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients, timestamps } from './clients.ts';

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    givenName: text('given_name').notNull(),
    familyName: text('family_name'),
    nickname: text('nickname'),
    /** Birthday as month + day, year optional; 29 Feb allowed. */
    birthdayMonth: integer('birthday_month'),
    birthdayDay: integer('birthday_day'),
    birthdayYear: integer('birthday_year'),
    /** Calendar date (yyyy-MM-dd) they died, if they did. */
    diedOn: text('died_on'),
    phone: text('phone'),
    email: text('email'),
    interests: text('interests'),
    preferences: text('preferences'),
    techComfort: text('tech_comfort', { enum: ['low', 'medium', 'high'] }),
    explainHow: text('explain_how'),
    followUpConsent: text('follow_up_consent', { enum: ['yes', 'no', 'not_asked'] }).notNull().default('not_asked'),
    followUpChannel: text('follow_up_channel', { enum: ['phone', 'email', 'text', 'visit'] }),
    followUpTimes: text('follow_up_times'),
    notes: text('notes'),
    /** vCard UID or other import identity, for re-import without duplicates. */
    externalUid: text('external_uid'),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    index('people_name_idx').on(t.familyName, t.givenName),
    // The trash lists what is in it by this small index, never by reading the whole table.
    index('people_trashed_idx').on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
    index('people_external_uid_idx').on(t.externalUid),
    index('people_email_idx').on(t.email),
    // The dashboard looks up birthdays in the coming days by month and day, with what decides whether a birthday shows (died, in the trash): counting a fortnight's reads no row.
    index('people_birthday_cover_idx').on(t.birthdayMonth, t.birthdayDay, t.diedOn, t.deletedAt),
    index('people_died_on_idx').on(t.diedOn).where(sql`${t.diedOn} is not null`),
    check('people_birthday_check', sql`(${t.birthdayMonth} is null and ${t.birthdayDay} is null and ${t.birthdayYear} is null) or (${t.birthdayMonth} between 1 and 12 and ${t.birthdayDay} between 1 and 31)`),
  ],
);

export const ROLE_KINDS = ['owner', 'manager', 'staff', 'family', 'other'] as const;

export const roles = sqliteTable(
  'roles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    clientId: integer('client_id').notNull().references(() => clients.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLE_KINDS }).notNull(),
    title: text('title'),
    since: text('since'),
    until: text('until'),
    ...timestamps,
  },
  (t) => [index('roles_client_idx').on(t.clientId, t.until), index('roles_person_idx').on(t.personId)],
);

export const RELATIONSHIP_KINDS = ['partner', 'spouse', 'parent', 'grandparent', 'sibling', 'friend', 'colleague', 'other'] as const;

/** `parent` and `grandparent` read "a is the parent of b"; the other kinds are symmetric. */
export const relationships = sqliteTable(
  'relationships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personAId: integer('person_a_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    personBId: integer('person_b_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: RELATIONSHIP_KINDS }).notNull(),
    since: text('since'),
    until: text('until'),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    index('relationships_a_idx').on(t.personAId),
    index('relationships_b_idx').on(t.personBId),
    // Couples who split up: the dashboard drops their anniversaries, one seek per person on the event.
    index('relationships_ended_couples_idx').on(t.personAId, t.personBId).where(sql`${t.until} is not null and ${t.kind} in ('partner', 'spouse')`),
    check('relationships_distinct_check', sql`${t.personAId} <> ${t.personBId}`),
  ],
);
