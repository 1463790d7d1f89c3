/** CSV rows + a column mapping → ParsedContact records. */
import { addContactPoint, labelFromTypes, relatedPerson, resolveName } from './contact-fields.ts';
import type { NameParts } from './contact-fields.ts';
import { isZeroDate, makePartialDate, parseLocalPartialDate, slashOrderHint } from './partial-date.ts';
import type { SlashOrder } from './partial-date.ts';
import { error, replacementCharWarning, warning } from './text.ts';
import type { ColumnMapping, ColumnTarget, ContactField, ContactsResult, CsvRow, ImportIssue, ParsedContact, PartialDate, PostalAddress } from './types.ts';

/** Google puts several values in one cell: "a@x.org ::: b@y.org". */
const splitMulti = (value: string): string[] => value.split(' ::: ').map((v) => v.trim()).filter(Boolean);

const ADDRESS_FIELDS: Partial<Record<ContactField, keyof PostalAddress>> = {
  poBox: 'poBox', extendedAddress: 'extended', street: 'street', locality: 'locality', region: 'region', postalCode: 'postalCode', country: 'country',
};
const TYPE_FIELDS = new Set<ContactField>(['phoneType', 'emailType', 'relatedType', 'addressType']);
const DATE_FIELDS = new Set<ContactField>(['birthday', 'anniversary']);

export function applyMapping(rows: CsvRow[], mapping: ColumnMapping): ContactsResult {
  const issues: ImportIssue[] = [];
  const slashOrders = mapping.map((target, column) =>
    target && DATE_FIELDS.has(target.field) ? columnSlashOrder(rows, column, issues) : 'day-first',
  );
  const contacts: ParsedContact[] = [];
  for (const row of rows) {
    const contact = readRow(row, mapping, slashOrders, issues);
    if (contact) contacts.push(contact);
  }
  return { contacts, issues: issues.sort((a, b) => a.line - b.line) };
}

/**
 * a/b/yyyy is read the same way for a whole column: a part above 12 anywhere decides it.
 * With no such evidence we read day first (the app's users are mostly outside the US) and say so.
 */
function columnSlashOrder(rows: CsvRow[], column: number, issues: ImportIssue[]): SlashOrder {
  const hints = new Set<SlashOrder>();
  let ambiguous: CsvRow | undefined;
  for (const row of rows) {
    const cell = row.cells[column] ?? '';
    const hint = slashOrderHint(cell);
    if (hint) hints.add(hint);
    else if (/^\d{1,2}[/-]\d{1,2}([/-]\d{4})?$/.test(cell.trim()) && !isZeroDate(cell)) ambiguous ??= row;
  }
  if (hints.size === 1) return [...hints][0] ?? 'day-first';
  if (hints.size > 1) {
    issues.push(warning(rows[0]?.line ?? 1, `Column ${column + 1} mixes day/month and month/day dates; they were read as day/month, so check them.`));
  } else if (ambiguous) {
    const cell = (ambiguous.cells[column] ?? '').trim();
    issues.push(warning(ambiguous.line, `Dates in column ${column + 1} such as "${cell}" could be day/month or month/day; they were read as day/month.`));
  }
  return 'day-first';
}

interface Item {
  field: ContactField;
  values: string[];
  label?: string;
}

/** Everything one row says, gathered by field before it becomes a record. */
class RowFields {
  readonly name: NameParts = {};
  readonly items = new Map<string, Item>();
  readonly types = new Map<string, string>();
  readonly addresses = new Map<string, PostalAddress & { formatted?: string }>();
  readonly notes: string[] = [];
  readonly birthParts: { year?: number; month?: number; day?: number } = {};
  readonly singles: { organisation?: string; title?: string; uid?: string; birthday?: PartialDate; anniversary?: PartialDate } = {};

  addItem(key: string, target: ColumnTarget, values: string[]): void {
    const item = this.items.get(key) ?? { field: target.field, values: [], ...(target.label ? { label: target.label } : {}) };
    item.values.push(...values);
    this.items.set(key, item);
  }

  addAddressPart(group: string, field: keyof PostalAddress | 'formatted', value: string): void {
    const address = this.addresses.get(group) ?? {};
    // Outlook and Thunderbird spread a street over "Street", "Street 2", "Street 3".
    address[field] = address[field] ? `${address[field]}\n${value}` : value;
    this.addresses.set(group, address);
  }
}

function readRow(row: CsvRow, mapping: ColumnMapping, slashOrders: SlashOrder[], issues: ImportIssue[]): ParsedContact | undefined {
  const fields = new RowFields();
  mapping.forEach((target, column) => {
    const value = (row.cells[column] ?? '').trim();
    if (target && value !== '') readCell(fields, target, column, value, slashOrders[column] ?? 'day-first', row.line, issues);
  });
  const resolved = resolveName(fields.name);
  const contact: ParsedContact = { line: row.line, givenName: '', fullName: '', phones: [], emails: [], related: [] };
  for (const [key, item] of fields.items) {
    const group = key.startsWith('#') ? undefined : key;
    const rawType = (group && fields.types.get(`${item.field}:${group}`)) || item.label;
    if (item.field === 'related') {
      for (const name of item.values) {
        const person = relatedPerson(name, rawType ? [rawType] : []);
        if (person) contact.related.push(person);
      }
      continue;
    }
    const list = item.field === 'phone' ? contact.phones : contact.emails;
    const type = rawType ? labelFromTypes([rawType]) : undefined;
    for (const value of item.values) addContactPoint(list, value, type, rawType?.trim().startsWith('*'));
  }
  if (!resolved) {
    const clue = contact.emails[0]?.value ?? contact.phones[0]?.value ?? fields.singles.organisation;
    issues.push(error(row.line, `Line ${row.line} has no name (no first name, last name or full name), so it was not imported${clue ? `; it has ${clue}` : ''}.`));
    return undefined;
  }
  Object.assign(contact, resolved);
  if (fields.name.nickname) contact.nickname = fields.name.nickname;
  const birthday = fields.singles.birthday ?? birthdayFromParts(fields.birthParts, row.line, issues);
  if (birthday) contact.birthday = birthday;
  if (fields.singles.anniversary) contact.anniversary = fields.singles.anniversary;
  const address = firstAddress(fields);
  if (address) contact.address = address;
  for (const key of ['organisation', 'title', 'uid'] as const) {
    const value = fields.singles[key];
    if (value) contact[key] = value;
  }
  if (fields.notes.length > 0) contact.note = fields.notes.join('\n\n');
  const garbled = replacementCharWarning([contact.fullName, contact.note, contact.organisation], row.line, `Line ${row.line}`);
  if (garbled) issues.push(garbled);
  return contact;
}

const itemKey = (target: ColumnTarget, column: number): string => target.group ?? `#${column}`;

function readCell(fields: RowFields, target: ColumnTarget, column: number, value: string, order: SlashOrder, line: number, issues: ImportIssue[]): void {
  const { field } = target;
  const addressField = field === 'formattedAddress' ? 'formatted' : ADDRESS_FIELDS[field];
  if (addressField) {
    fields.addAddressPart(target.group ?? 'main', addressField, value);
  } else if (TYPE_FIELDS.has(field)) {
    if (target.group) fields.types.set(`${field.replace(/Type$/, '')}:${target.group}`, value);
  } else if (field === 'phone' || field === 'email' || field === 'related') {
    fields.addItem(itemKey(target, column), target, splitMulti(value));
  } else if (field === 'givenName' || field === 'familyName' || field === 'nickname') {
    fields.name[field === 'givenName' ? 'given' : field === 'familyName' ? 'family' : 'nickname'] ||= value;
  } else if (field === 'fullName') {
    fields.name.full ||= value;
  } else if (field === 'birthday' || field === 'anniversary') {
    if (isZeroDate(value)) return;
    const date = parseLocalPartialDate(value, order);
    if (date) fields.singles[field] ??= date;
    else issues.push(warning(line, `Line ${line}: could not read the ${field} "${value}"; it was left out.`));
  } else if (field === 'birthYear' || field === 'birthMonth' || field === 'birthDay') {
    const n = Number(value);
    if (Number.isInteger(n)) fields.birthParts[field === 'birthYear' ? 'year' : field === 'birthMonth' ? 'month' : 'day'] = n;
  } else if (field === 'note') {
    fields.notes.push(value.replace(/\r\n|\r/g, '\n'));
  } else if (field === 'organisation' || field === 'title' || field === 'uid') {
    fields.singles[field] ||= value;
  }
}

function birthdayFromParts(parts: RowFields['birthParts'], line: number, issues: ImportIssue[]): PartialDate | undefined {
  if (parts.month === undefined || parts.day === undefined) return undefined;
  const date = makePartialDate(parts.year, parts.month, parts.day);
  if (!date) issues.push(warning(line, `Line ${line}: the birthday ${parts.day}/${parts.month}${parts.year ? `/${parts.year}` : ''} is not a real date; it was left out.`));
  return date;
}

/** The first address with any content, in column order; a formatted address alone becomes the street. */
function firstAddress(fields: RowFields): PostalAddress | undefined {
  for (const [group, { formatted, ...parts }] of fields.addresses) {
    const address: PostalAddress = Object.keys(parts).length > 0 ? parts : formatted ? { street: formatted } : {};
    if (Object.keys(address).length === 0) continue;
    const type = labelFromTypes([fields.types.get(`address:${group}`) ?? (['home', 'work', 'other'].includes(group) ? group : '')]);
    return type ? { ...address, type } : address;
  }
  return undefined;
}
