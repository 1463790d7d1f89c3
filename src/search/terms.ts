/**
 * The extra words the search index keeps beside the text as written, made by the same functions
 * at write time (registered as SQL functions for the index triggers, db/search-functions.ts) and
 * at query time (db/repositories/search.ts):
 *
 * - Chinese and Japanese are written without spaces, so the unicode61 tokenizer would take a
 *   whole run ("田中太郎") as one word and "太郎" would find nothing. Their characters are also
 *   indexed one by one, and a typed run is searched as a phrase of its characters.
 * - Phone numbers are indexed as digits only, and as their last nine digits: the part of a
 *   national number that stays the same however it is written ("+44 7700 900123",
 *   "07700 900123", "7700900123" all end in 700900123).
 *
 * Changing what these return changes what is indexed: a migration must then rebuild the index.
 */

/** A character of a script written without spaces between words (Han, kana), with any marks it carries. */
export const NO_SPACE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\uff70][\p{M}]*/gu;
const HAS_NO_SPACE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\uff70]/u;

export const hasNoSpaceScript = (text: string): boolean => HAS_NO_SPACE_CHAR.test(text);

/**
 * The Han and kana characters of a text, one word each, runs kept apart by "0" (never searched
 * for in these columns) so a phrase never matches across two runs. Null when there are none.
 */
export function characterTerms(text: string | null | undefined): string | null {
  if (!text || !hasNoSpaceScript(text)) return null;
  const runs: string[] = [];
  let previousEnd = -1;
  let current: string[] = [];
  for (const m of text.normalize('NFC').matchAll(NO_SPACE_CHAR)) {
    if (m.index !== previousEnd && current.length > 0) {
      runs.push(current.join(' '));
      current = [];
    }
    current.push(m[0]);
    previousEnd = m.index + m[0].length;
  }
  if (current.length > 0) runs.push(current.join(' '));
  return runs.join(' 0 ');
}

/** Digits that stay the same however a national number is written: the last nine. */
export const PHONE_TAIL = 9;
/** Fewer digits than this is not taken for a phone number. */
export const PHONE_MIN_DIGITS = 4;

/** Several numbers in one field are separated by commas, semicolons, slashes or new lines. */
const NUMBER_SEPARATOR = /[,;/\n]|\bor\b/i;

/** Each number as digits only, and its last nine digits when it has more: "+44 7700 900123" → "447700900123 700900123". */
export function phoneTerms(text: string | null | undefined): string | null {
  if (!text) return null;
  const terms = new Set<string>();
  for (const part of text.split(NUMBER_SEPARATOR)) {
    const digits = part.replace(/[^0-9]/g, '');
    if (digits.length < PHONE_MIN_DIGITS) continue;
    terms.add(digits);
    if (digits.length > PHONE_TAIL) terms.add(digits.slice(-PHONE_TAIL));
  }
  return terms.size === 0 ? null : [...terms].join(' ');
}

/** What was typed, if it reads as a phone number: only digits and the marks numbers are written with. */
export function typedPhone(typed: string): { digits: string; tail: string | null } | null {
  if (!/^[\s\d+().\-/]+$/.test(typed)) return null;
  const digits = typed.replace(/[^0-9]/g, '');
  if (digits.length < PHONE_MIN_DIGITS) return null;
  return { digits, tail: digits.length >= PHONE_TAIL ? digits.slice(-PHONE_TAIL) : null };
}
