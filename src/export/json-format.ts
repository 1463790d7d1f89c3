/**
 * The full JSON export, format `askafter-export` version 4 (docs/export-format.md): every
 * table's rows with their ids and timestamps, so an export imported into an empty database
 * exports again identically. A change to what a row holds is a new version. Version 2 added
 * contacts (calls, e-mails, messages, remote sessions), the client's `rhythmContactKinds` and
 * the follow-up's `sourceContactId`; version 3 added tags and who wears them, and `contactDetails`
 * (every labelled phone number and e-mail address; in an older file they read as each person's and
 * client's one `phone` and `email`); version 4 added `clientFields` (each client's own fields and
 * renewal dates). Older files still import (what they lack reads as empty).
 */
import { z } from 'zod';
import { isLifeEventTypeKey, TONES } from '../catalogue/life-events.ts';
import { DATE_PRECISIONS } from '../dates/calendar-date.ts';

export const EXPORT_FORMAT = 'askafter-export';
export const EXPORT_VERSION = 4;
/** The oldest version this app still imports. */
export const OLDEST_IMPORTED_VERSION = 1;

const id = z.number().int().positive();
const ref = id.nullable();
const text = z.string();
const optional = z.string().nullable();
/** Instants as the app writes them (UTC ISO-8601); kept exactly as found. */
const instant = z.iso.datetime({ offset: true, error: 'Use a date and time like 2026-11-25T09:30:00.000Z.' });
const day = z.iso.date({ error: 'Use a date like 2026-11-25.' });
const stamps = { createdAt: instant, updatedAt: instant };
const row = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();

export const ExportClient = row({
  id,
  name: text,
  kind: z.enum(['business', 'household']),
  phone: optional,
  email: optional,
  address: optional,
  accessHours: optional,
  parking: optional,
  askFor: optional,
  siteNotes: optional,
  rhythmDays: z.number().int().nullable(),
  // Version 2: a comma list of the contact kinds that count for the rhythm (null: all of them).
  rhythmContactKinds: z.string().regex(/^((call|email|message|remote)(,(call|email|message|remote))*)?$/, 'Unknown kind of contact.').nullable().default(null),
  notes: optional,
  archivedAt: instant.nullable(),
  deletedAt: instant.nullable(),
  ...stamps,
});

export const ExportPerson = row({
  id,
  givenName: text,
  familyName: optional,
  nickname: optional,
  birthdayMonth: z.number().int().min(1).max(12).nullable(),
  birthdayDay: z.number().int().min(1).max(31).nullable(),
  birthdayYear: z.number().int().nullable(),
  diedOn: day.nullable(),
  phone: optional,
  email: optional,
  interests: optional,
  preferences: optional,
  techComfort: z.enum(['low', 'medium', 'high']).nullable(),
  explainHow: optional,
  followUpConsent: z.enum(['yes', 'no', 'not_asked']),
  followUpChannel: z.enum(['phone', 'email', 'text', 'visit']).nullable(),
  followUpTimes: optional,
  notes: optional,
  externalUid: optional,
  deletedAt: instant.nullable(),
  ...stamps,
}).refine((p) => (p.birthdayMonth === null) === (p.birthdayDay === null) && (p.birthdayYear === null || p.birthdayMonth !== null), {
  message: 'A birthday needs both a month and a day (the year is optional).',
  path: ['birthdayMonth'],
});

export const ExportRole = row({
  id,
  personId: id,
  clientId: id,
  role: z.enum(['owner', 'manager', 'staff', 'family', 'other']),
  title: optional,
  since: day.nullable(),
  until: day.nullable(),
  ...stamps,
});

export const ExportRelationship = row({
  id,
  personAId: id,
  personBId: id,
  kind: z.enum(['partner', 'spouse', 'parent', 'grandparent', 'sibling', 'friend', 'colleague', 'other']),
  since: day.nullable(),
  until: day.nullable(),
  notes: optional,
  ...stamps,
}).refine((r) => r.personAId !== r.personBId, { message: 'A person cannot be related to themselves.', path: ['personBId'] });

export const ExportLifeEvent = row({
  id,
  // Checked against the catalogue, but kept as the text the database holds.
  typeKey: text.refine((key): boolean => isLifeEventTypeKey(key), { message: 'Unknown kind of life event.' }),
  title: text,
  date: day,
  precision: z.enum(DATE_PRECISIONS),
  endDate: day.nullable(),
  ongoing: z.boolean(),
  toneOverride: z.enum(TONES).nullable(),
  clientId: ref,
  notes: optional,
  deletedAt: instant.nullable(),
  ...stamps,
});

export const ExportLifeEventPerson = row({ eventId: id, personId: id });

export const ExportAcknowledgement = row({ id, eventId: id, visitId: ref, at: instant, note: optional, ...stamps });

export const ExportVisit = row({
  id,
  clientId: id,
  startsAt: instant,
  endsAt: instant.nullable(),
  status: z.enum(['planned', 'completed', 'cancelled']),
  purpose: optional,
  location: optional,
  notes: optional,
  workDone: optional,
  completedAt: instant.nullable(),
  externalUid: optional,
  deletedAt: instant.nullable(),
  ...stamps,
});

export const ExportVisitAttendee = row({ visitId: id, personId: id, expected: z.boolean(), attended: z.boolean() });

export const ExportFollowUp = row({
  id,
  clientId: id,
  personId: ref,
  dueAt: instant,
  kind: z.enum(['call', 'email', 'visit', 'check']),
  context: optional,
  sourceVisitId: ref,
  sourceContactId: ref.default(null),
  doneAt: instant.nullable(),
  outcome: optional,
  deletedAt: instant.nullable(),
  ...stamps,
});

export const ExportIncident = row({
  id,
  clientId: id,
  startedAt: instant,
  resolvedAt: instant.nullable(),
  summary: text,
  impact: optional,
  cause: optional,
  prevention: optional,
  explainedAt: instant.nullable(),
  deletedAt: instant.nullable(),
  ...stamps,
});

export const ExportKnowHow = row({
  id,
  clientId: ref,
  personId: ref,
  question: text,
  answer: optional,
  timesAsked: z.number().int().min(0),
  lastAskedAt: instant,
  deletedAt: instant.nullable(),
  ...stamps,
}).refine((k) => k.clientId !== null || k.personId !== null, { message: 'Know-how belongs to a client or a person.', path: ['clientId'] });

export const ExportContact = row({
  id,
  clientId: id,
  personId: ref,
  kind: z.enum(['call', 'email', 'message', 'remote']),
  occurredAt: instant,
  summary: text,
  promised: optional,
  notes: optional,
  deletedAt: instant.nullable(),
  ...stamps,
});

export const ExportTag = row({ id, name: z.string().trim().min(1, 'A tag needs a name.'), rhythmDays: z.number().int().min(1).max(730).nullable(), ...stamps });
export const ExportClientTag = row({ clientId: id, tagId: id });
export const ExportPersonTag = row({ personId: id, tagId: id });
// Version 3: every phone number and e-mail address of a person or a client, in order (the first is the one in `phone`/`email`).
export const ExportContactDetail = row({
  id,
  personId: ref,
  clientId: ref,
  kind: z.enum(['phone', 'email']),
  value: text,
  label: optional,
  position: z.number().int().min(0),
  ...stamps,
}).refine((d) => (d.personId === null) !== (d.clientId === null), { message: 'A phone number or e-mail address belongs to a person or a client (one of them).', path: ['personId'] });

// Version 4: each client's own fields (ISP, router, renewal dates), in order.
export const ExportClientField = row({
  id,
  clientId: id,
  label: z.string().trim().min(1, 'A field needs a label.'),
  kind: z.enum(['text', 'date']),
  value: text,
  remindDaysBefore: z.number().int().min(0).nullable(),
  position: z.number().int().min(0),
  ...stamps,
})
  .refine((f) => f.kind !== 'date' || day.safeParse(f.value).success, { message: 'A date field holds a date like 2027-03-01.', path: ['value'] })
  .refine((f) => f.remindDaysBefore === null || f.kind === 'date', { message: 'Only a date field can have a reminder.', path: ['remindDaysBefore'] });

/** Settings keep their value as the JSON text the database stores. */
export const ExportSetting = row({ key: text, value: text, updatedAt: instant });

export const ExportData = row({
  clients: z.array(ExportClient),
  people: z.array(ExportPerson),
  contactDetails: z.array(ExportContactDetail).optional(),
  roles: z.array(ExportRole),
  relationships: z.array(ExportRelationship),
  lifeEvents: z.array(ExportLifeEvent),
  lifeEventPeople: z.array(ExportLifeEventPerson),
  acknowledgements: z.array(ExportAcknowledgement),
  visits: z.array(ExportVisit),
  visitAttendees: z.array(ExportVisitAttendee),
  contacts: z.array(ExportContact).default([]),
  followUps: z.array(ExportFollowUp),
  incidents: z.array(ExportIncident),
  knowHow: z.array(ExportKnowHow),
  // Version 3.
  tags: z.array(ExportTag).default([]),
  clientTags: z.array(ExportClientTag).default([]),
  personTags: z.array(ExportPersonTag).default([]),
  // Version 4.
  clientFields: z.array(ExportClientField).default([]),
  settings: z.array(ExportSetting).optional(),
});
export type ExportData = z.output<typeof ExportData>;

/** The tables of the export, parents before the rows that refer to them. */
export const EXPORT_TABLES = [
  'clients',
  'people',
  'contactDetails',
  'roles',
  'relationships',
  'lifeEvents',
  'lifeEventPeople',
  'visits',
  'visitAttendees',
  'acknowledgements',
  'contacts',
  'followUps',
  'incidents',
  'knowHow',
  'tags',
  'clientTags',
  'personTags',
  'clientFields',
  'settings',
] as const satisfies readonly (keyof ExportData)[];
export type ExportTable = (typeof EXPORT_TABLES)[number];
/** One row of a table of the export. */
export type ExportRow<T extends ExportTable> = NonNullable<ExportData[T]>[number];

export const AskAfterExport = row({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(OLDEST_IMPORTED_VERSION).max(EXPORT_VERSION),
  exportedAt: instant,
  data: ExportData,
});
export type AskAfterExport = z.output<typeof AskAfterExport>;

/** Just enough to tell our file, and its version, from anything else before checking every row. */
export const ExportHeader = z.object({ format: z.literal(EXPORT_FORMAT), version: z.number() }).loose();

/**
 * The export as text: one row per line, so a file of years of notes stays readable and
 * diffable, and a problem's line number points at a row.
 */
export function exportText(exported: AskAfterExport): string {
  const { data, ...header } = exported;
  const tables = Object.entries(data).map(([table, rows]) => {
    const lines = (rows as unknown[]).map((row) => `      ${JSON.stringify(row)}`).join(',\n');
    return `    ${JSON.stringify(table)}: [${lines === '' ? '' : `\n${lines}\n    `}]`;
  });
  const head = Object.entries(header).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  return `{\n${head.join('\n')}\n  "data": {\n${tables.join(',\n')}\n  }\n}\n`;
}

/** How each table's rows are named in messages: one, many. */
export const TABLE_NOUNS: Readonly<Record<ExportTable, readonly [string, string]>> = {
  clients: ['client', 'clients'],
  people: ['person', 'people'],
  contactDetails: ['phone number or e-mail address', 'phone numbers and e-mail addresses'],
  roles: ['role', 'roles'],
  relationships: ['relationship', 'relationships'],
  lifeEvents: ['life event', 'life events'],
  lifeEventPeople: ['link between an event and a person', 'links between events and people'],
  visits: ['visit', 'visits'],
  visitAttendees: ['visit attendee', 'visit attendees'],
  acknowledgements: ['acknowledgement', 'acknowledgements'],
  contacts: ['contact', 'contacts'],
  followUps: ['follow-up', 'follow-ups'],
  incidents: ['incident', 'incidents'],
  knowHow: ['know-how entry', 'know-how entries'],
  tags: ['tag', 'tags'],
  clientTags: ['tag on a client', 'tags on clients'],
  personTags: ['tag on a person', 'tags on people'],
  clientFields: ['client field', 'client fields'],
  settings: ['setting', 'settings'],
};
