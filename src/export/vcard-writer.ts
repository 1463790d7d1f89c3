/** People → vCard 4.0 (RFC 6350, with DEATHDATE from RFC 6474), as phones' address books read them. */
import { basicDate, basicInstant, contentLine, escapeText, joinLines } from './content-line.ts';

/** How the relative stands to the card's person: "grandchild" means the relative is their grandchild. */
export type VCardRelation = 'spouse' | 'partner' | 'parent' | 'child' | 'grandparent' | 'grandchild' | 'sibling' | 'friend' | 'colleague' | 'other';

export interface VCardRelative {
  relation: VCardRelation;
  name: string;
  uid: string;
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
  phone: string | null;
  email: string | null;
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
  add('TEL', person.phone && escapeText(person.phone), { VALUE: 'text' });
  add('EMAIL', person.email && escapeText(person.email));
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
