import { PHONE_TAIL } from '../search/terms.ts';
import type { DetailInput, DetailKind } from '../contract/schemas/contact-details.ts';

/**
 * What makes two entries the same: a number by its digits (its last nine, so "+44 7700 900123"
 * and "07700 900123" are one), an address regardless of case.
 */
export function detailKey(kind: DetailKind, value: string): string {
  if (kind === 'email') return value.trim().toLowerCase();
  const digits = value.replace(/[^0-9]/g, '');
  return digits.length > PHONE_TAIL ? digits.slice(-PHONE_TAIL) : digits;
}

/**
 * The list without repeats, in order: a number or address given twice is kept once, where it
 * first came, with the first label given for it.
 */
export function withoutRepeats(kind: DetailKind, entries: readonly DetailInput[]): DetailInput[] {
  const kept = new Map<string, DetailInput>();
  for (const entry of entries) {
    const key = detailKey(kind, entry.value);
    const earlier = kept.get(key);
    if (earlier === undefined) kept.set(key, { ...entry });
    else if (earlier.label === null) earlier.label = entry.label;
  }
  return [...kept.values()];
}
