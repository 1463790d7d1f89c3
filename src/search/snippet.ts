/**
 * Search snippets made from the stored text: the words typed, found the way the unicode61
 * tokenizer finds them (case and accents folded, every word a prefix), marked with [[ ]].
 */

import { hasNoSpaceScript } from './terms.ts';

/** Runs of letters, digits and combining marks: the same words the unicode61 tokenizer indexes. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** "Zoë" → "zoe": what the index compares. */
export const fold = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

export const searchWords = (typed: string): string[] => (typed.match(WORD) ?? []).map(fold).filter(Boolean);

interface Token {
  start: number;
  end: number;
  hit: boolean;
}

/**
 * How the index matches a typed word: a word starting with it, or for Chinese and Japanese
 * (written without spaces, indexed character by character) a word containing it.
 */
const matchesWord = (folded: string, word: string): boolean => folded.startsWith(word) || (hasNoSpaceScript(word) && folded.includes(word));

/** True when the text holds a word matching each typed word (what a prefix search matched). */
export function matchesAll(text: string, words: readonly string[]): boolean {
  const folded = (text.match(WORD) ?? []).map(fold);
  return words.every((w) => folded.some((t) => matchesWord(t, w)));
}

/**
 * About `length` words of `text` around the first match, matches wrapped in [[ ]], with an
 * ellipsis where the text was cut. Null when nothing in the text matches.
 */
export function snippet(text: string, words: readonly string[], length = 12): string | null {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = fold(m[0]);
    tokens.push({ start: m.index, end: m.index + m[0].length, hit: words.some((w) => matchesWord(folded, w)) });
  }
  const first = tokens.findIndex((t) => t.hit);
  if (first < 0) return null;
  const from = Math.max(0, Math.min(first - 3, tokens.length - length));
  const to = Math.min(tokens.length, from + length) - 1;
  let out = from > 0 ? '…' : '';
  let cursor = tokens[from]!.start;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    out += text.slice(cursor, t.start) + (t.hit ? `[[${text.slice(t.start, t.end)}]]` : text.slice(t.start, t.end));
    cursor = t.end;
  }
  return out + (to < tokens.length - 1 ? '…' : '');
}
