/**
 * Who a line of news names: "Priya got engaged" is about Priya, not about everyone at the
 * visit. Names are matched as whole words, case-insensitively: the full name, the given name
 * and the nickname. A full-name match beats a bare given name shared by two people.
 */
export interface NameablePerson {
  id: number;
  givenName: string;
  familyName: string | null;
  nickname: string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word, case-insensitive, and a possessive ("Tom's") still names Tom. */
const mentions = (text: string, name: string): boolean => name.trim() !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escape(name.trim())}(?![\\p{L}\\p{N}])`, 'iu').test(text);

export function peopleNamed(text: string, people: readonly NameablePerson[]): number[] {
  const unique = [...new Map(people.map((p) => [p.id, p])).values()];
  const byFullName = unique.filter((p) => p.familyName !== null && mentions(text, `${p.givenName} ${p.familyName}`));
  const byName = unique.filter((p) => mentions(text, p.givenName) || (p.nickname !== null && mentions(text, p.nickname)));
  // "Tom Reed" named in full settles which Tom; other people named by their first name still count.
  const fullIds = new Set(byFullName.map((p) => p.id));
  const shadowed = new Set(byFullName.map((p) => p.givenName.toLowerCase()));
  return [...byFullName, ...byName.filter((p) => !fullIds.has(p.id) && !shadowed.has(p.givenName.toLowerCase()))].map((p) => p.id);
}
