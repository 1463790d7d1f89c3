import { z } from 'zod';
import { assertTimeZone } from '../../dates/time-zone.ts';
import { EXPORT_TABLES, type AskAfterExport, type ExportRow, type ExportTable } from '../../export/json-format.ts';
import type { ContactField, ContactsCsvResult, ImportIssue } from '../../import/types.ts';
import { Id, Instant, Locale } from './common.ts';
import type { RelationshipRole } from './people.ts';

/** Export, import, and what Ask After holds about one person (docs/export-format.md). */

export type { AskAfterExport, ExportTable };

const TimeZone = z.string().refine(
  (zone) => {
    try {
      assertTimeZone(zone);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Unknown time zone: use an IANA name such as "Europe/London".' },
);

export const ExportJson = z.object({ settings: z.boolean().default(true) }).strict().default({ settings: true });

export const ExportCsv = z
  .object({ entity: z.enum(EXPORT_TABLES, { error: `The table must be one of: ${EXPORT_TABLES.join(', ')}.` }).optional(), settings: z.boolean().default(true) })
  .strict()
  .default({ settings: true });

export interface CsvExport {
  /** One file per table: `people.csv`, `life_events.csv`… */
  files: { name: string; text: string }[];
}

export const ExportVCard = z.object({}).strict().default({});

export const ExportIcs = z
  .object({
    /** The user's zone for the briefings' dates; defaults to the machine's. */
    timeZone: TimeZone.optional(),
    /** How the briefings write dates (the user's locale); defaults to en-GB. */
    locale: Locale.optional(),
    followUpsAs: z.enum(['event', 'todo']).default('event'),
  })
  .strict()
  .default({ followUpsAs: 'event' });

export interface TextExport {
  text: string;
}

export const IMPORT_FORMATS = ['vcard', 'csv', 'ics', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Characters of text (or bytes of a file) one import may carry. Our JSON export of years of
 * notes can be large (the `large` sample data exports to about 170 MB); contact and calendar
 * files are held to 20 MB by their readers.
 */
export const MAX_IMPORT_CHARS = 256 * 1024 * 1024;

/** A record, so a field the CSV reader learns and this list lacks fails to compile. */
const CONTACT_FIELDS: Record<ContactField, true> = {
  fullName: true, givenName: true, familyName: true, nickname: true, birthday: true, birthYear: true, birthMonth: true, birthDay: true,
  anniversary: true, phone: true, phoneType: true, email: true, emailType: true, formattedAddress: true, poBox: true, extendedAddress: true,
  street: true, locality: true, region: true, postalCode: true, country: true, addressType: true, organisation: true, title: true, note: true,
  related: true, relatedType: true, uid: true,
};

const ColumnTarget = z
  .object({ field: z.enum(Object.keys(CONTACT_FIELDS) as [ContactField, ...ContactField[]], { error: 'Unknown field in the column mapping.' }), group: z.string().max(100).optional(), label: z.string().max(100).optional() })
  .strict();

/**
 * The file and the user's decisions. import:preview and import:apply take the same input, so
 * the preview after a decision (a mapping, a client for an event) shows exactly what apply does.
 */
export const ImportInput = z
  .object({
    /** Which reader to use; guessed from the content and file name when left out. */
    format: z.enum(IMPORT_FORMATS, { error: `The format must be one of: ${IMPORT_FORMATS.join(', ')}.` }).optional(),
    /** The file as text (the renderer has decoded it) … */
    text: z.string().max(MAX_IMPORT_CHARS, 'This file is larger than 256 MB, too large to import.').optional(),
    /** … or its bytes in base64, decoded here (UTF-8, UTF-16 or Windows-1252). */
    base64: z.string().max(Math.ceil((MAX_IMPORT_CHARS * 4) / 3) + 4, 'This file is larger than 256 MB, too large to import.').optional(),
    fileName: z.string().max(1000).optional(),
    /** For calendars: the user's zone and "now", which place the window of 30 days back to a year ahead. */
    timeZone: TimeZone.optional(),
    /** For calendars: how the preview writes dates (the user's locale; default en-GB). */
    locale: Locale.optional(),
    now: Instant.optional(),
    /** For spreadsheets: the user's column mapping, one entry per column (null = ignore). */
    mapping: z.array(ColumnTarget.nullable()).max(1000).optional(),
    /** For calendars: event UID → the client the user chose for events no client was found for. */
    assignments: z.record(z.string().max(1000), Id).default({}),
    /** For contacts: line of a contact → the saved person the user chose to merge it into (from its `maybe`). */
    merges: z.record(z.string().regex(/^\d{1,9}$/, 'A merge is keyed by the contact\'s line number.'), Id).default({}),
    /** Import what can be imported, leaving out the records with errors. */
    skipErrors: z.boolean().default(false),
  })
  .strict()
  .superRefine((input, ctx) => {
    if ((input.text === undefined) === (input.base64 === undefined)) ctx.addIssue({ code: 'custom', path: ['text'], message: 'Send the file once: as text or as base64.' });
  });
export type ImportInput = z.output<typeof ImportInput>;

export type ImportAction = 'new' | 'update' | 'duplicate' | 'skip' | 'error';
export type ImportEntity = 'person' | 'client' | 'role' | 'relationship' | 'event' | 'visit' | ExportTable;
export type MatchedBy = 'uid' | 'email' | 'phone' | 'name' | 'location' | 'assigned' | 'chosen';

/** One record of the file, or one thing the import would create, and what happens to it. */
export interface ImportRecord {
  /** Line in the file where it starts; null when it has none (tables of a JSON file). */
  line: number | null;
  entity: ImportEntity;
  action: ImportAction;
  /** How a person recognises it: "Sue Baker", "Visit to Smith Dental on 26 Nov". */
  label: string;
  /** The saved record it was matched with, and by what. */
  match: { id: number; by: MatchedBy } | null;
  /** What will be written, or why not: "adds birthday, phone", "same person as line 12". */
  notes: string[];
  /**
   * A contact whose name alone matches saved people: who it may be, for the user to decide
   * (merge into one of them through `merges`, or add as someone new, the default).
   */
  maybe?: MaybeSame[];
  /** For a table of a JSON file, one record for all its rows: how many. */
  rows?: number;
}

/** A saved person a contact may be: same name, nothing else agreeing. */
export interface MaybeSame {
  id: number;
  name: string;
  /** Where they work or live, to tell namesakes apart: "Smith Dental". */
  client: string | null;
}

export interface ImportCounts {
  new: number;
  updated: number;
  duplicates: number;
  skipped: number;
  errors: number;
}

/** A calendar event no client was found for: the user picks one, or it is skipped. */
export interface UnassignedEvent {
  uid: string;
  summary: string;
  location: string | null;
  /** Start of its first occurrence in the window. */
  firstStart: string;
  occurrences: number;
  /** Clients it could belong to (when more than one matched), best first. */
  candidates: { id: number; name: string }[];
}

export interface ImportPreview {
  format: ImportFormat;
  counts: ImportCounts;
  records: ImportRecord[];
  /** What the reader noticed, warnings and errors, with line numbers. */
  issues: ImportIssue[];
  /** Whether import:apply with the same input and decisions would write. */
  canApply: boolean;
  /** Why it would not, as a sentence to show; null when it would. */
  blockedBy: string | null;
  /** Spreadsheets: the columns, the mapping used, and whether the user must confirm it. */
  csv: Pick<ContactsCsvResult, 'layout' | 'headers' | 'mapping' | 'needsMapping' | 'sampleRows'> | null;
  /** Calendars: events waiting for a client, and the window events were read in. */
  unassigned: UnassignedEvent[];
  window: { from: string; to: string } | null;
}

export interface ImportOutcome {
  format: ImportFormat;
  counts: ImportCounts;
  /** Rows written, by kind of record. */
  created: Partial<Record<ImportEntity, number>>;
  updated: Partial<Record<ImportEntity, number>>;
}

/** A record whose text mentions a person by name, with the lines that do. */
export interface Mention {
  entity: 'visit' | 'event' | 'followUp' | 'incident' | 'knowHow' | 'client' | 'person';
  id: number;
  label: string;
  /** The record's day, when it has one (a visit's start, an event's date). */
  day: string | null;
  excerpts: string[];
  inTrash: boolean;
}

export const PersonForget = z
  .object({ id: Id, confirm: z.literal(true, { error: 'Forgetting a person deletes them for good: pass confirm: true.' }) })
  .strict();

export interface ForgetOutcome {
  personId: number;
  name: string;
  /** Rows deleted, by kind. */
  deleted: Record<'people' | 'roles' | 'relationships' | 'lifeEvents' | 'eventLinks' | 'attendance' | 'followUps' | 'knowHow', number>;
  /** Text that still mentions them by name: edit these by hand. */
  mentions: Mention[];
}

export const PERSON_EXPORT_FORMAT = 'askafter-person-export';

/** Everything Ask After holds about one person (a subject-access request), trash included. */
export interface PersonExport {
  format: typeof PERSON_EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  person: ExportRow<'people'>;
  /** Every phone number and e-mail address, in order. */
  contactDetails: ExportRow<'contactDetails'>[];
  roles: (ExportRow<'roles'> & { clientName: string })[];
  relationships: (ExportRow<'relationships'> & { otherPersonId: number; otherName: string; otherIs: RelationshipRole })[];
  lifeEvents: (ExportRow<'lifeEvents'> & { personIds: number[]; acknowledgements: ExportRow<'acknowledgements'>[] })[];
  attendance: (ExportRow<'visitAttendees'> & { clientId: number; clientName: string; startsAt: string; status: string })[];
  followUps: ExportRow<'followUps'>[];
  knowHow: ExportRow<'knowHow'>[];
  /** The tags they wear, by name. */
  tags: string[];
  /** Other records whose text mentions them by name, with the lines that do. */
  mentions: Mention[];
}
