/** Rules shared by the vCard and CSV readers: names, phone/e-mail labels, relation kinds. */
import type { ContactPoint, RelatedKind, RelatedPerson } from './types.ts';

export interface NameParts {
  given?: string;
  family?: string;
  full?: string;
  nickname?: string;
}

export interface ResolvedName {
  givenName: string;
  familyName?: string;
  fullName: string;
}

const clean = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Our records need a given name and a full name. Exporters often give only one of N/FN
 * (or only a nickname): we never split a full name into parts by guessing, we reuse it.
 */
export function resolveName(parts: NameParts): ResolvedName | undefined {
  const given = clean(parts.given);
  const family = clean(parts.family);
  const nickname = clean(parts.nickname);
  const fullName = clean(parts.full) || [given, family].filter(Boolean).join(' ') || nickname;
  if (fullName === '') return undefined;
  const givenName = given || fullName;
  return family && family !== givenName ? { givenName, familyName: family, fullName } : { givenName, fullName };
}

/** Type tokens that carry no meaning for a person reading a phone list. */
const NOISE = new Set(['voice', 'pref', 'internet', 'x400', 'text', 'msg', 'x-useless', 'postal', 'parcel', 'dom', 'intl']);
// Maps, not object literals: these are looked up with words from the file ("constructor" included).
const SYNONYMS = new Map(Object.entries({
  cell: 'mobile', iphone: 'mobile', mobil: 'mobile', handy: 'mobile', business: 'work', private: 'home', privat: 'home', personal: 'home',
}));
/** Where before what: "home fax" reads better than "fax home". */
const PLACES = new Set(['home', 'work', 'other']);

/** A short label from vCard TYPE values or CSV type cells ("CELL", "* Work", "WORK,FAX"). */
export function labelFromTypes(types: string[]): string | undefined {
  const tokens = types
    .flatMap((t) => t.split(/[,\s]+/))
    .map((t) => t.replace(/^\*/, '').trim().toLowerCase())
    .filter((t) => t !== '' && !NOISE.has(t) && !t.startsWith('x-') && /^[a-z-]+$/.test(t))
    .map((t) => SYNONYMS.get(t) ?? t);
  const unique = [...new Set(tokens)];
  const ordered = [...unique.filter((t) => PLACES.has(t)), ...unique.filter((t) => !PLACES.has(t))];
  return ordered.length > 0 ? ordered.join(' ') : undefined;
}

/** Apple's `_$!<AssistantPhone>!$_` → "assistant phone"; a label the user typed stays as typed. */
export function cleanAppleLabel(label: string): string {
  const builtIn = /^_\$!<(.*)>!\$_$/.exec(label.trim());
  if (!builtIn) return label.trim();
  return (builtIn[1] ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Points marked preferred, so later preferred ones queue behind earlier ones at the front. */
const preferredPoints = new WeakSet<ContactPoint>();
const samePoint = (value: string): string => value.toLowerCase().replace(/[\s()./-]/g, '');

/** Adds a phone or e-mail unless the same value is already there (exports repeat them); preferred ones go first. */
export function addContactPoint(list: ContactPoint[], value: string, type: string | undefined, preferred = false): void {
  const trimmed = value.trim();
  const key = samePoint(trimmed);
  if (key === '' || list.some((p) => samePoint(p.value) === key)) return;
  const point = type ? { value: trimmed, type } : { value: trimmed };
  if (!preferred) {
    list.push(point);
    return;
  }
  preferredPoints.add(point);
  const firstOrdinary = list.findIndex((p) => !preferredPoints.has(p));
  list.splice(firstOrdinary < 0 ? list.length : firstOrdinary, 0, point);
}

const KIND_WORDS = new Map<string, RelatedKind>(Object.entries({
  spouse: 'spouse', husband: 'spouse', wife: 'spouse',
  partner: 'partner', 'domestic partner': 'partner', sweetheart: 'partner',
  parent: 'parent', father: 'parent', mother: 'parent',
  child: 'child', son: 'child', daughter: 'child', children: 'child',
  sibling: 'sibling', brother: 'sibling', sister: 'sibling',
  grandparent: 'grandparent', grandfather: 'grandparent', grandmother: 'grandparent',
  grandchild: 'grandchild', grandson: 'grandchild', granddaughter: 'grandchild',
  relative: 'relative', kin: 'relative',
  friend: 'friend',
  colleague: 'colleague', 'co-worker': 'colleague', manager: 'colleague', assistant: 'colleague', agent: 'colleague',
} satisfies Record<string, RelatedKind>));

/** Our kind for a relation from the exporter's words (RELATED TYPE values, Apple and Google labels). */
export function relatedPerson(name: string, words: string[]): RelatedPerson | undefined {
  const trimmed = clean(name);
  if (trimmed === '') return undefined;
  const cleaned = words.map((w) => cleanAppleLabel(w).toLowerCase()).filter((w) => w !== '' && w !== 'pref');
  const kind = cleaned.map((w) => KIND_WORDS.get(w)).find((k) => k !== undefined) ?? 'other';
  const label = cleaned.join(', ');
  return label !== '' && label !== kind ? { name: trimmed, kind, label } : { name: trimmed, kind };
}
