/** What a contact holds that Ask After has no field for, kept as paragraphs of the person's notes. */
import type { ContactPoint, ParsedContact, PostalAddress, RelatedPerson } from '../../src/import/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const monthDay = (month: number, day: number): string => `${day} ${MONTHS[month - 1] ?? month}`;

const points = (list: readonly ContactPoint[]) => list.map((p) => (p.type ? `${p.type} ${p.value}` : p.value)).join(', ');

const address = (a: PostalAddress) => [a.street, a.extended, a.poBox, a.locality, a.region, a.postalCode, a.country].filter(Boolean).join(', ').replace(/\n/g, ', ');

export interface Leftovers {
  phones: readonly ContactPoint[];
  emails: readonly ContactPoint[];
  unresolved: readonly RelatedPerson[];
  /** A title with no organisation to hold the role. */
  title: string | null;
  /** An anniversary without a year: no date to put a wedding on. */
  anniversary: { month: number; day: number } | null;
}

/** The note's paragraphs, each self-contained so a re-import can tell which are already there. */
export function noteParagraphs(contact: ParsedContact, left: Leftovers): string[] {
  const paragraphs = [
    contact.note,
    left.phones.length > 0 ? `Other phone numbers: ${points(left.phones)}` : undefined,
    left.emails.length > 0 ? `Other e-mail addresses: ${points(left.emails)}` : undefined,
    contact.address ? `Address: ${address(contact.address)}` : undefined,
    left.title ? `Job title: ${left.title}` : undefined,
    left.unresolved.length > 0 ? `Relatives not found in Ask After: ${left.unresolved.map((r) => `${r.name} (${r.label ?? r.kind})`).join(', ')}` : undefined,
    left.anniversary ? `Wedding anniversary: ${monthDay(left.anniversary.month, left.anniversary.day)}` : undefined,
  ];
  return paragraphs.filter((p): p is string => p !== undefined && p.trim() !== '');
}

/** Existing notes with the paragraphs they do not already contain added at the end; null when nothing is new. */
export function addParagraphs(existing: string | null, paragraphs: readonly string[]): string | null {
  const fresh = paragraphs.filter((p) => !(existing ?? '').includes(p));
  if (fresh.length === 0) return null;
  return [existing, ...fresh].filter((p) => p !== null && p !== '').join('\n\n');
}
