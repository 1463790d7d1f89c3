import { isShortFormOf } from './short-names.ts';

/**
 * When two names, numbers or addresses probably mean the same person or client. Pure: the
 * duplicate finder (db/repositories/duplicates.ts) reads the records and asks these.
 */

/** Lower case, accents off, spaces squeezed: "Zoë  Smith" → "zoe smith". */
export const normalName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Levenshtein distance, stopping early once it passes `max`. */
function distanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > max) return false;
    previous = current;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

/** The same word, or one typing slip apart when long enough to tell ("Thomson", "Thompson"). */
export const similarWords = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 4 && distanceWithin(a, b, 1));

/** Alike given names: similar words, one the start of the other ("Chris", "Christopher"), or a usual short form ("Sue", "Susan"). */
export const similarGivenNames = (a: string, b: string): boolean =>
  similarWords(a, b) || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))) || isShortFormOf(a, b);

/** A phone number's identity: its last nine digits (so +44 7700 900123 and 07700 900123 agree); null when too short to mean anything. */
export function phoneKey(phone: string | null): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-9) : null;
}

export const emailKey = (email: string | null): string | null => {
  const key = (email ?? '').trim().toLowerCase();
  return key.includes('@') ? key : null;
};

const NOISE = new Set(['the', 'and', 'ltd', 'limited', 'llp', 'plc', 'co', 'inc', 'of', 'family', 'household']);

const significantWords = (name: string): string[] =>
  normalName(name)
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !NOISE.has(w));

/** "Baker & Co Ltd" and "Baker and Co." are the same name; null when nothing is left. */
export const clientNameKey = (name: string): string | null => {
  const words = significantWords(name);
  return words.length > 0 ? words.join(' ') : null;
};

/** Whether two client names share a word that means something ("Baker Dental" and "Baker's Dental Practice"). */
export const sharesAWord = (a: string, b: string): boolean => {
  const words = new Set(significantWords(a).filter((w) => w.length >= 3));
  return significantWords(b).some((w) => words.has(w) || [...words].some((x) => similarWords(x, w) && w.length >= 4));
};
