/**
 * Shared shapes of the import parsers. Parsers never throw on bad input: they return the
 * records they could read plus issues, and the importer refuses to write when any issue
 * is an error.
 */

export type IssueSeverity = 'error' | 'warning';

export interface ImportIssue {
  /** 1-based line in the source text (after decoding); 1 for problems with the whole file. */
  line: number;
  message: string;
  severity: IssueSeverity;
}

/** A calendar date where the year may be unknown (birthdays often come without one). */
export interface PartialDate {
  month: number;
  day: number;
  year?: number;
}

export interface ContactPoint {
  value: string;
  /** A short lower-case label such as "mobile", "home", "work fax" or the exporter's own label. */
  type?: string;
}

export interface PostalAddress {
  poBox?: string;
  extended?: string;
  street?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  type?: string;
}

export type RelatedKind =
  | 'spouse'
  | 'partner'
  | 'parent'
  | 'child'
  | 'sibling'
  | 'grandparent'
  | 'grandchild'
  | 'relative'
  | 'friend'
  | 'colleague'
  | 'other';

export interface RelatedPerson {
  name: string;
  kind: RelatedKind;
  /** The exporter's own wording ("Mother", "co-worker") when it says more than `kind`. */
  label?: string;
}

export interface ParsedContact {
  /** Line where the record starts, for previews and later messages. */
  line: number;
  uid?: string;
  givenName: string;
  familyName?: string;
  nickname?: string;
  fullName: string;
  birthday?: PartialDate;
  phones: ContactPoint[];
  emails: ContactPoint[];
  address?: PostalAddress;
  organisation?: string;
  title?: string;
  note?: string;
  related: RelatedPerson[];
  anniversary?: PartialDate;
  /** vCard DEATHDATE (RFC 6474): recorded through the same door as "Mark as deceased". */
  deathDate?: PartialDate;
}

/** A UTC instant (ISO-8601 with Z) for timed events, a calendar date for all-day ones. */
export type EventTime = { instant: string } | { date: string };

export interface ParsedCalendarEvent {
  /** Line of the VEVENT this record came from. */
  line: number;
  uid: string;
  /** Set for each occurrence of a series: the occurrence's original start (instant or date). */
  recurrenceId?: string;
  summary: string;
  location?: string;
  description?: string;
  start: EventTime;
  /** Exclusive end; for all-day events the day after the last day. */
  end?: EventTime;
  allDay: boolean;
}

export interface ContactsResult {
  contacts: ParsedContact[];
  issues: ImportIssue[];
}

export interface EventsResult {
  events: ParsedCalendarEvent[];
  issues: ImportIssue[];
}

/** What a CSV column can feed. `group` ties columns of one item together (a Google "E-mail 2 - Type" and "E-mail 2 - Value", or all "Home …" address columns). */
export type ContactField =
  | 'fullName'
  | 'givenName'
  | 'familyName'
  | 'nickname'
  | 'birthday'
  | 'birthYear'
  | 'birthMonth'
  | 'birthDay'
  | 'anniversary'
  | 'phone'
  | 'phoneType'
  | 'email'
  | 'emailType'
  | 'formattedAddress'
  | 'poBox'
  | 'extendedAddress'
  | 'street'
  | 'locality'
  | 'region'
  | 'postalCode'
  | 'country'
  | 'addressType'
  | 'organisation'
  | 'title'
  | 'note'
  | 'related'
  | 'relatedType'
  | 'uid';

export interface ColumnTarget {
  field: ContactField;
  /** Items with the same group and field family are one phone, e-mail, address or relation. */
  group?: string;
  /** Type given by the header itself, e.g. "mobile" for "Mobile Phone". */
  label?: string;
}

/** One entry per CSV column, in column order; null means "ignore this column". */
export type ColumnMapping = (ColumnTarget | null)[];

export interface CsvRow {
  line: number;
  cells: string[];
}

export type CsvLayout = 'google' | 'outlook' | 'outlook-de' | 'thunderbird' | 'generic';

export interface ContactsCsvResult extends ContactsResult {
  layout: CsvLayout;
  delimiter: string;
  headers: string[];
  /** The mapping that produced `contacts`: the caller's, or our suggestion. */
  mapping: ColumnMapping;
  /** True when the layout was not recognised and no mapping was given: show the mapping preview. */
  needsMapping: boolean;
  /** The first few data rows, for the mapping preview. */
  sampleRows: CsvRow[];
}
