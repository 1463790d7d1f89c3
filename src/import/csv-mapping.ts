/**
 * Which CSV column feeds which contact field: a suggestion from the header names (Google,
 * Outlook in English and German, Thunderbird, and look-alikes), which the UI shows for the
 * user to confirm or change.
 */
import type { ColumnMapping, ColumnTarget, ContactField, CsvLayout } from './types.ts';

const normalise = (header: string): string =>
  header.normalize('NFC').toLowerCase().replace(/[_\s]+/g, ' ').trim();

/** Google numbers repeated items: "E-mail 2 - Value", "Address 1 - City", "Relation 1 - Type". */
const GOOGLE_ITEM = /^(e-?mail|phone|address|relation|organi[sz]ation) (\d+) - (.+)$/;
const parts = (fields: Record<string, ContactField>): Map<string, ContactField> => new Map(Object.entries(fields));
/** Maps, because the keys come from the file's headers. */
const GOOGLE_PARTS = new Map([
  ['email', parts({ type: 'emailType', label: 'emailType', value: 'email' })],
  ['phone', parts({ type: 'phoneType', label: 'phoneType', value: 'phone' })],
  ['relation', parts({ type: 'relatedType', label: 'relatedType', value: 'related' })],
  ['organisation', parts({ name: 'organisation', title: 'title' })],
  ['address', parts({
    type: 'addressType', label: 'addressType', formatted: 'formattedAddress', street: 'street', city: 'locality',
    'po box': 'poBox', region: 'region', 'postal code': 'postalCode', country: 'country', 'extended address': 'extendedAddress',
  })],
]);

function googleItem(h: string): ColumnTarget | null | undefined {
  const m = GOOGLE_ITEM.exec(h);
  if (!m) return undefined;
  const kind = (m[1] ?? '').replace(/^e-?mail$/, 'email').replace(/^organi[sz]ation$/, 'organisation');
  const field = GOOGLE_PARTS.get(kind)?.get(m[3] ?? '');
  return field ? { field, group: `${kind}${m[2]}` } : null;
}

/** Where an item belongs, from English and German header words. */
function place(h: string): string | undefined {
  if (/\b(home|privat|private|personal)\b/.test(h)) return 'home';
  if (/\b(business|work|geschäftlich|firma|company|office)\b/.test(h)) return 'work';
  if (/\b(other|weitere[rs]?|andere)\b/.test(h)) return 'other';
  return undefined;
}

const withLabel = (field: ContactField, label: string | undefined, group?: string): ColumnTarget => {
  const target: ColumnTarget = { field };
  if (group) target.group = group;
  if (label) target.label = label;
  return target;
};

function phoneLabel(h: string): string | undefined {
  if (/fax/.test(h)) return [place(h), 'fax'].filter(Boolean).join(' ');
  if (/mobile|mobil|cell|handy/.test(h)) return 'mobile';
  if (/pager/.test(h)) return 'pager';
  if (/\bcar\b|auto/.test(h)) return 'car';
  if (/assistant|assistent/.test(h)) return 'assistant';
  if (/\b(main|primary|haupt)/.test(h)) return 'main';
  return place(h);
}

/** Columns that look like a field we map but are not (phonetic names, e-mail display names, Outlook's "Title" prefix). */
const NOT_MAPPED = /yomi|phonetic|initial|maiden|middle|additional name|weitere vornamen|prefix|suffix|^anrede$|^title$|^ort$|e-?mail.*(display|angezeigt|typ)|group membership|categor|kategorie/;

/** Ordered: phone and e-mail rules come before names and relations ("Assistant's Phone", "E-mail Display Name"). */
const RULES: [RegExp, (h: string) => ColumnTarget][] = [
  [/e-?mail|^mail\b|\bmail$/, (h) => withLabel('email', place(h))],
  [/fax|phone|telefon|\btel\b|mobile|mobil|\bcell|handy|pager/, (h) => withLabel('phone', phoneLabel(h))],
  [/^birth ?year$|^geburtsjahr$/, () => ({ field: 'birthYear' })],
  [/^birth ?month$|^geburtsmonat$/, () => ({ field: 'birthMonth' })],
  [/^birth day$/, () => ({ field: 'birthDay' })],
  [/birthday|geburtstag|date of birth|birth ?date/, () => ({ field: 'birthday' })],
  [/anniversary|jahrestag/, () => ({ field: 'anniversary' })],
  [/spouse|partner/, (h) => withLabel('related', /spouse|ehe/.test(h) ? 'spouse' : 'partner')],
  [/children|kinder/, () => withLabel('related', 'child')],
  [/manager|vorgesetzte/, () => withLabel('related', 'manager')],
  [/assistant|assistent/, () => withLabel('related', 'assistant')],
  [/first ?name|given ?name|vorname/, () => ({ field: 'givenName' })],
  [/last ?name|family ?name|surname|nachname/, () => ({ field: 'familyName' })],
  [/nick ?name|spitzname/, () => ({ field: 'nickname' })],
  [/^(full ?name|display ?name|name|contact( person| name)?|anzeigename|vollständiger name|ansprechpartner(in)?)$/, () => ({ field: 'fullName' })],
  [/^(company|organi[sz]ation( name)?|firma|client|customer|kunde)$/, () => ({ field: 'organisation' })],
  [/job ?title|^organi[sz]ation title$|^position$|^role$/, () => ({ field: 'title' })],
  [/^(notes?|notizen|comments?|remarks?|anmerkungen|bemerkungen?)$/, () => ({ field: 'note' })],
  [/country|\bland\b/, (h) => withLabel('country', undefined, place(h) ?? 'main')],
  [/zip|postal|postleitzahl|\bplz\b|postcode/, (h) => withLabel('postalCode', undefined, place(h) ?? 'main')],
  [/po ?box|postfach/, (h) => withLabel('poBox', undefined, place(h) ?? 'main')],
  [/\bstate\b|region|province|bundesland|county/, (h) => withLabel('region', undefined, place(h) ?? 'main')],
  [/\bcity\b|\bort\b|\btown\b/, (h) => withLabel('locality', undefined, place(h) ?? 'main')],
  [/street|straße|strasse|address|adresse/, (h) => withLabel('street', undefined, place(h) ?? 'main')],
  [/^uid$/, () => ({ field: 'uid' })],
];

export function suggestColumn(header: string): ColumnTarget | null {
  const h = normalise(header);
  const google = googleItem(h);
  if (google !== undefined) return google;
  if (h === '' || NOT_MAPPED.test(h)) return null;
  for (const [pattern, target] of RULES) if (pattern.test(h)) return target(h);
  return null;
}

export const suggestMapping = (headers: string[]): ColumnMapping => headers.map(suggestColumn);

/** Known exporters, recognised by headers only they write. */
export function detectLayout(headers: string[]): CsvLayout {
  const hs = new Set(headers.map(normalise));
  const has = (...names: string[]): boolean => names.every((n) => hs.has(n));
  if ([...hs].some((h) => /^(e-mail|phone) \d+ - (value|type|label)$/.test(h)) || hs.has('group membership')) return 'google';
  if (has('vorname', 'nachname') && (hs.has('e-mail-adresse') || hs.has('anrede'))) return 'outlook-de';
  if (has('primary email', 'display name')) return 'thunderbird';
  if (hs.has('e-mail address') || (has('first name', 'last name') && (hs.has('business phone') || hs.has('mobile phone')))) return 'outlook';
  return 'generic';
}
