import type { Person } from './snapshot.ts';

/** What you call them: the nickname if they have one, else the given name. */
export const callName = (p: Person): string => p.nickname ?? p.givenName;

export const fullName = (p: Person): string => (p.familyName === null ? p.givenName : `${p.givenName} ${p.familyName}`);

/** The start of a longer text, cut at a word boundary: notes on a small screen. */
export function excerpt(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** "Title — notes", leaving out what is missing. */
export function joinDetail(...parts: ReadonlyArray<string | null>): string | null {
  const present = parts.filter((p): p is string => p !== null && p.trim() !== '');
  return present.length === 0 ? null : present.join(' — ');
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "first" … "tenth", then "11th", "21st", "112th". */
export function ordinal(n: number): string {
  const word = ORDINAL_WORDS[n - 1];
  if (word !== undefined) return word;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Free text as the end of a sentence: trimmed, with a full stop unless it has its own. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
