/** People → vCard 4.0 (RFC 6350, with DEATHDATE from RFC 6474), as phones' address books read them. */
import { basicDate, basicInstant, contentLine, escapeText, joinLines } from './content-line.ts';

/** How the relative stands to the card's person: "grandchild" means the relative is their grandchild. */
export type VCardRelation = 'spouse' | 'partner' | 'parent' | 'child' | 'grandparent' | 'grandchild' | 'sibling' | 'friend' | 'colleague' | 'other';

export interface VCardRelative {
  relation: VCardRelation;
  name: string;
  uid: string;
}

export interface VCardDetail {
  value: string;
  /** mobile, home, work, other or free text. */
  label: string | null;
}

export interface VCardPerson {
  uid: string;
  givenName: string;
  familyName: string | null;
  nickname: string | null;
  displayName: string;
  birthday: { month: number; day: number; year: number | null } | null;
  /** Calendar dates yyyy-MM-dd. */
  diedOn: string | null;
  anniversary: string | null;
  /** Every number and address, the primary first. */
  phones: readonly VCardDetail[];
  emails: readonly VCardDetail[];
  notes: string | null;
  organisation: string | null;
  title: string | null;
  related: readonly VCardRelative[];
  /** Last change, a UTC instant. */
  revision: string;
}

/**
 * RELATED TYPE words: RFC 6350's own where one fits; "grandparent" and "grandchild" have none,
 * so they come first with the registered "kin" after them for readers that know only those.
 */
const RELATED_TYPES: Record<VCardRelation, readonly string[]> = {
  spouse: ['spouse'],
  partner: ['sweetheart'],
  parent: ['parent'],
  child: ['child'],
  grandparent: ['grandparent', 'kin'],
  grandchild: ['grandchild', 'kin'],
  sibling: ['sibling'],
  friend: ['friend'],
  colleague: ['colleague'],
  other: ['contact'],
};

/** A label's words as TYPE values: vCard calls a mobile "cell". */
const TYPE_WORDS = new Map(Object.entries({ mobile: 'cell' }));
const SIMPLE_LABEL = /^[a-z]+( [a-z]+)*$/i;

/**
 * TEL or EMAIL lines: the first is PREF=1; a label of plain words becomes TYPE ("home fax" →
 * TYPE=home,fax), any other label ("Daughter's mobile") an `itemN.X-ABLabel`, which address books
 * (and our importer) show as the label.
 */
function detailLines(name: 'TEL' | 'EMAIL', details: readonly VCardDetail[], nextItem: () => string): string[] {
  return details.flatMap((d, i) => {
    const params = { ...(name === 'TEL' ? { VALUE: 'text' } : {}), ...(i === 0 && details.length > 1 ? { PREF: '1' } : {}) };
    const label = d.label?.trim() ?? '';
    if (label === '') return [contentLine(name, escapeText(d.value), params)];
    if (SIMPLE_LABEL.test(label)) return [contentLine(name, escapeText(d.value), { TYPE: label.toLowerCase().split(' ').map((w) => TYPE_WORDS.get(w) ?? w), ...params })];
    const item = nextItem();
    return [contentLine(`${item}.${name}`, escapeText(d.value), params), contentLine(`${item}.X-ABLabel`, escapeText(label))];
  });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function birthday({ month, day, year }: NonNullable<VCardPerson['birthday']>): string {
  return year === null ? `--${pad(month)}${pad(day)}` : `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

function card(person: VCardPerson): string[] {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'PRODID:-//Ask After//Ask After//EN',
    contentLine('UID', escapeText(person.uid)),
    contentLine('FN', escapeText(person.displayName)),
    contentLine('N', [person.familyName ?? '', person.givenName, '', '', ''].map(escapeText).join(';')),
  ];
  const add = (name: string, value: string | null, params = {}) => {
    if (value !== null) lines.push(contentLine(name, value, params));
  };
  add('NICKNAME', person.nickname && escapeText(person.nickname));
  add('BDAY', person.birthday && birthday(person.birthday));
  add('DEATHDATE', person.diedOn && basicDate(person.diedOn));
  add('ANNIVERSARY', person.anniversary && basicDate(person.anniversary));
  let items = 0;
  const nextItem = () => `item${++items}`;
  lines.push(...detailLines('TEL', person.phones, nextItem), ...detailLines('EMAIL', person.emails, nextItem));
  add('ORG', person.organisation && escapeText(person.organisation));
  add('TITLE', person.title && escapeText(person.title));
  for (const relative of person.related) {
    add('RELATED', escapeText(relative.name), { TYPE: RELATED_TYPES[relative.relation], VALUE: 'text', 'X-ASKAFTER-UID': relative.uid });
  }
  add('NOTE', person.notes && escapeText(person.notes));
  lines.push(`REV:${basicInstant(person.revision)}`, 'END:VCARD');
  return lines;
}

export function writeVCards(people: readonly VCardPerson[]): string {
  return people.length === 0 ? '' : joinLines(people.flatMap(card));
}
