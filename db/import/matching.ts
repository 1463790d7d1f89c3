/** Keys that say two records are the same person, client or visit, whatever the spelling around them. */

/** Case, Unicode form and runs of spaces do not make a different name. */
export const nameKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();

export const emailKey = (email: string): string | undefined => {
  const key = email.trim().toLowerCase();
  return key.includes('@') ? key : undefined;
};

/** The shortest national numbers with their area code (UK, US, most of Europe) have 9 or more digits. */
const MIN_PHONE_DIGITS = 9;

/**
 * The last nine digits: "+44 7700 900123", "0044 7700 900123" and "07700 900123" are one
 * number. Numbers too short to be a whole phone number with its area code ("123456", an
 * extension, a placeholder many cards share) give no key: they say nothing about who it is.
 */
export const phoneKey = (phone: string): string | undefined => {
  const digits = phone.replace(/\D/g, '');
  return digits.length < MIN_PHONE_DIGITS ? undefined : digits.slice(-9);
};

/** Values by key, several per key allowed. */
export class KeyIndex<T> {
  private readonly entries = new Map<string, T[]>();

  add(key: string | undefined, value: T): void {
    if (key === undefined) return;
    const list = this.entries.get(key);
    if (!list) this.entries.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  }

  get(key: string | undefined): readonly T[] {
    return key === undefined ? [] : (this.entries.get(key) ?? []);
  }
}

/** Text as words for finding a name inside a summary or address: "Smith & Jones Ltd." → "smith jones ltd". */
export const words = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether `needle`'s words appear, in order and whole, in `haystack`'s (both already through `words`). */
export const containsWords = (haystack: string, needle: string): boolean => needle !== '' && ` ${haystack} `.includes(` ${needle} `);
