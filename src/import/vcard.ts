/**
 * vCard 2.1 / 3.0 / 4.0 → ParsedContact. Our own reader because exports from phones,
 * Google, Outlook and Apple bend the standards in ways strict parsers reject.
 */
import { decodeBytes } from './charset.ts';
import { addContactPoint, cleanAppleLabel, labelFromTypes, relatedPerson, resolveName, type NameParts } from './contact-fields.ts';
import { parseIsoPartialDate } from './partial-date.ts';
import { checkText, error, normaliseNewlines, MAX_RECORDS, replacementCharWarning, stripBom, tooManyRecords, warning } from './text.ts';
import type { ContactsResult, ImportIssue, ParsedContact, PartialDate, PostalAddress, RelatedPerson } from './types.ts';
import { decodeQuotedPrintable, parseContentLine, splitEscaped, unescapeText, unfold } from './content-lines.ts';
import type { ContentLine } from './content-lines.ts';

interface Card {
  line: number;
  lines: ContentLine[];
}

export function parseVCard(input: string): ContactsResult {
  const text = stripBom(input);
  const bad = checkText(text, 'vCard file');
  if (bad) return { contacts: [], issues: [bad] };
  const issues: ImportIssue[] = [];
  const cards = splitCards(text, issues);
  if (cards.length > MAX_RECORDS) return { contacts: [], issues: [tooManyRecords(1, 'contacts')] };
  if (cards.length === 0) {
    issues.push(error(1, 'No contacts found: there is no BEGIN:VCARD line. Is this a vCard (.vcf) file?'));
  }
  const contacts: ParsedContact[] = [];
  for (const card of cards) {
    const contact = readCard(card, issues);
    if (contact) contacts.push(contact);
  }
  return { contacts, issues: issues.sort((a, b) => a.line - b.line) };
}

function splitCards(text: string, issues: ImportIssue[]): Card[] {
  const cards: Card[] = [];
  let current: Card | undefined;
  let straying = false;
  for (const raw of unfold(text)) {
    const parsed = parseContentLine(raw);
    const marker = parsed && (parsed.name === 'BEGIN' || parsed.name === 'END') && parsed.value.trim().toUpperCase() === 'VCARD';
    if (marker && parsed.name === 'BEGIN') {
      if (current) issues.push(warning(current.line, `The contact starting on line ${current.line} has no END:VCARD before line ${raw.line}; read it up to there.`));
      current = { line: raw.line, lines: [] };
      cards.push(current);
      // One past the limit is enough to refuse the file; stop reading it.
      if (cards.length > MAX_RECORDS) return cards;
    } else if (marker) {
      if (!current) issues.push(warning(raw.line, `Line ${raw.line} ends a contact that never began (END:VCARD without BEGIN:VCARD); ignored.`));
      current = undefined;
    } else if (!current) {
      // One message per run of stray text, not one per line.
      if (!straying) issues.push(warning(raw.line, `Line ${raw.line} is outside any BEGIN:VCARD … END:VCARD block; ignored.`));
      straying = true;
      continue;
    } else if (parsed) {
      current.lines.push(parsed);
    } else {
      issues.push(warning(raw.line, `Line ${raw.line} is not a vCard property ("${preview(raw.text)}"); ignored.`));
    }
    straying = false;
  }
  if (current) issues.push(warning(current.line, `The contact starting on line ${current.line} has no END:VCARD; read it up to the end of the file.`));
  return cards;
}

const preview = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Decoding context of one card: its version, and where to report a charset guess. */
class CardReader {
  constructor(
    readonly version: string,
    private readonly issues: ImportIssue[],
  ) {}

  private decode(line: ContentLine, raw: string): string {
    const encoding = line.params.get('ENCODING')?.[0]?.toUpperCase();
    if (encoding !== 'QUOTED-PRINTABLE') return unescapeText(raw, this.version);
    const decoded = decodeBytes(decodeQuotedPrintable(raw), line.params.get('CHARSET')?.[0]);
    if (decoded.guessed) this.issues.push(warning(line.line, `Line ${line.line} (${line.name}): ${decoded.guessed}.`));
    return unescapeText(decoded.text, this.version);
  }

  text(line: ContentLine): string {
    return normaliseNewlines(this.decode(line, line.value)).trim();
  }

  /** Components of N, ADR and ORG, split before decoding so an encoded `;` stays text. */
  components(line: ContentLine): string[] {
    return splitEscaped(line.value, ';').map((part) => normaliseNewlines(this.decode(line, part)).trim());
  }
}

const types = (line: ContentLine): string[] => line.params.get('TYPE') ?? [];
const isPreferred = (line: ContentLine): boolean =>
  types(line).some((t) => t.toLowerCase() === 'pref') || (line.params.get('PREF') ?? []).length > 0;

const ANNIVERSARY_NAMES = new Set(['ANNIVERSARY', 'X-ANNIVERSARY', 'X-MS-ANNIVERSARY', 'X-EVOLUTION-ANNIVERSARY', 'X-KADDRESSBOOK-X-ANNIVERSARY']);
/** Single-relation properties of Thunderbird add-ons, Evolution and KAddressBook. */
const RELATED_PROPERTIES = new Map(Object.entries({
  'X-SPOUSE': 'spouse',
  'X-EVOLUTION-SPOUSE': 'spouse',
  'X-KADDRESSBOOK-X-SPOUSESNAME': 'spouse',
  'X-EVOLUTION-MANAGER': 'manager',
  'X-KADDRESSBOOK-X-MANAGERSNAME': 'manager',
  'X-EVOLUTION-ASSISTANT': 'assistant',
  'X-KADDRESSBOOK-X-ASSISTANTSNAME': 'assistant',
}));

function readCard(card: Card, issues: ImportIssue[]): ParsedContact | undefined {
  const version = card.lines.find((l) => l.name === 'VERSION')?.value.trim() ?? '3.0';
  const reader = new CardReader(version, issues);
  // Apple and Google label grouped properties with a separate `itemN.X-ABLabel` line.
  const labels = new Map<string, string>();
  for (const l of card.lines) if (l.name === 'X-ABLABEL' && l.group) labels.set(l.group, cleanAppleLabel(reader.text(l)));
  const groupLabel = (l: ContentLine): string | undefined => (l.group ? labels.get(l.group) : undefined);

  const name: NameParts = {};
  const contact: Omit<ParsedContact, 'givenName' | 'fullName'> = { line: card.line, phones: [], emails: [], related: [] };
  const addresses: { address: PostalAddress; preferred: boolean }[] = [];
  const notes: string[] = [];

  for (const l of card.lines) {
    switch (l.name) {
      case 'FN':
        name.full ||= reader.text(l);
        break;
      case 'N': {
        const [family = '', given = ''] = reader.components(l);
        name.family ||= family;
        name.given ||= given;
        break;
      }
      case 'NICKNAME':
        name.nickname ||= splitEscaped(l.value, ',').map((n) => reader.text({ ...l, value: n })).filter(Boolean).join(', ');
        break;
      case 'BDAY':
        contact.birthday ??= readDate(l, reader, 'birthday', issues);
        break;
      case 'DEATHDATE':
        contact.deathDate ??= readDate(l, reader, 'date of death', issues);
        break;
      case 'TEL':
        addContactPoint(contact.phones, reader.text(l).replace(/^tel:/i, ''), groupLabel(l) ?? labelFromTypes(types(l)), isPreferred(l));
        break;
      case 'EMAIL':
        addContactPoint(contact.emails, reader.text(l).replace(/^mailto:/i, ''), groupLabel(l) ?? labelFromTypes(types(l)), isPreferred(l));
        break;
      case 'ADR': {
        const address = readAddress(reader.components(l), groupLabel(l) ?? labelFromTypes(types(l)));
        if (address) addresses.push({ address, preferred: isPreferred(l) });
        break;
      }
      case 'ORG':
        contact.organisation ??= reader.components(l).find(Boolean);
        break;
      case 'TITLE':
        contact.title ||= reader.text(l) || undefined;
        break;
      case 'NOTE':
        notes.push(reader.text(l));
        break;
      case 'UID':
        contact.uid ||= reader.text(l) || undefined;
        break;
      case 'RELATED':
        pushRelated(contact.related, readRelated(l, reader, issues));
        break;
      case 'X-ABRELATEDNAMES':
        pushRelated(contact.related, relatedPerson(reader.text(l), [groupLabel(l) ?? '', ...types(l)]));
        break;
      case 'X-ABDATE':
        if (/anniversary/i.test(groupLabel(l) ?? '')) contact.anniversary ??= readDate(l, reader, 'anniversary', issues);
        break;
      default:
        if (ANNIVERSARY_NAMES.has(l.name)) contact.anniversary ??= readDate(l, reader, 'anniversary', issues);
        else if (RELATED_PROPERTIES.has(l.name)) pushRelated(contact.related, relatedPerson(reader.text(l), [RELATED_PROPERTIES.get(l.name) ?? '']));
    }
  }

  const resolved = resolveName(name);
  if (!resolved) {
    issues.push(error(card.line, `The contact starting on line ${card.line} has no name (no FN, N or NICKNAME), so it was not imported${hint(contact)}.`));
    return undefined;
  }
  const note = notes.filter(Boolean).join('\n\n');
  const address = (addresses.find((a) => a.preferred) ?? addresses[0])?.address;
  const result: ParsedContact = { ...contact, ...resolved };
  if (name.nickname) result.nickname = name.nickname;
  if (note) result.note = note;
  if (address) result.address = address;
  const garbled = replacementCharWarning([result.fullName, result.note, result.organisation], card.line, `The contact "${result.fullName}"`);
  if (garbled) issues.push(garbled);
  return dropUndefined(result);
}

/** What the user can recognise a nameless card by. */
function hint(contact: Pick<ParsedContact, 'emails' | 'phones' | 'organisation'>): string {
  const clue = contact.emails[0]?.value ?? contact.phones[0]?.value ?? contact.organisation;
  return clue ? `; it has ${contact.emails[0] ? 'e-mail' : contact.phones[0] ? 'phone' : 'organisation'} ${clue}` : '';
}

function readDate(l: ContentLine, reader: CardReader, what: string, issues: ImportIssue[]): PartialDate | undefined {
  const value = reader.text(l);
  if (value === '') return undefined;
  const omitYear = Number(l.params.get('X-APPLE-OMIT-YEAR')?.[0]);
  const date = parseIsoPartialDate(value, Number.isFinite(omitYear) ? omitYear : undefined);
  if (!date) issues.push(warning(l.line, `Line ${l.line}: could not read the ${what} "${value}"; it was left out.`));
  return date;
}

const ADDRESS_KEYS = ['poBox', 'extended', 'street', 'locality', 'region', 'postalCode', 'country'] as const;

function readAddress(parts: string[], type: string | undefined): PostalAddress | undefined {
  const address: PostalAddress = {};
  ADDRESS_KEYS.forEach((key, i) => {
    const part = parts[i];
    if (part) address[key] = part;
  });
  if (Object.keys(address).length === 0) return undefined;
  if (type) address.type = type;
  return address;
}

/**
 * RELATED is text in 3.0 exports but a URI by default in 4.0. A URI (urn:uuid:, mailto:)
 * points at another card and carries no name, so it cannot become a person here.
 */
function readRelated(l: ContentLine, reader: CardReader, issues: ImportIssue[]): RelatedPerson | undefined {
  const value = reader.text(l);
  const valueType = l.params.get('VALUE')?.[0]?.toLowerCase();
  const isUri = valueType === 'uri' || (valueType !== 'text' && (reader.version === '4.0' || /^[a-z][a-z0-9+.-]*:\S/i.test(value)));
  if (!isUri) return relatedPerson(value, types(l));
  const kind = types(l).join(', ') || 'related person';
  issues.push(warning(l.line, `Line ${l.line}: the ${kind} is given only as a link to another card (${value}), not by name; left out.`));
  return undefined;
}

function pushRelated(list: RelatedPerson[], person: RelatedPerson | undefined): void {
  if (person && !list.some((p) => p.name === person.name && p.kind === person.kind)) list.push(person);
}

function dropUndefined<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}
