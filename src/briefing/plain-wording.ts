import { callName, fullName } from './names.ts';
import type { Person } from './snapshot.ts';

/**
 * Wording that never stutters: a title that starts with the name the sentence has just said
 * ("Pat is grieving: Patricia: lost the baby") loses the echo, and a word said twice in a row
 * is said once.
 */

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every way a person is named: nickname, given name, full name (longest first, so "Pat Murphy" wins over "Pat"). */
export function namesOf(person: Person): string[] {
  const names = new Set([fullName(person), person.givenName, callName(person)].filter((n) => n.trim() !== ''));
  return [...names].sort((a, b) => b.length - a.length);
}

const alternation = (names: readonly string[]): string => names.map(escape).join('|');
/** Word edges that know accented letters ("Siobhán", "Éamonn"), which \\b does not. */
const START = '(?<![\\p{L}])';
const END = '(?![\\p{L}])';

/**
 * A title with its leading name taken off when that name belongs to one of `people`:
 * "Patricia: lost the baby" → "lost the baby". Returns the title unchanged otherwise.
 */
export function withoutLeadingName(title: string, people: readonly Person[]): string {
  const names = people.flatMap(namesOf);
  if (names.length === 0) return title;
  const stripped = title.replace(new RegExp(`^(?:${alternation(names)})\\s*[:,–—-]\\s*`, 'iu'), '');
  return stripped === '' ? title : stripped;
}

/**
 * A title as a short tag after a name already said: "Pat's hip operation" → "hip operation",
 * "Brenda having a hard time" → "having a hard time", "New grandchild for Graham: Maya" →
 * "New grandchild for them: Maya".
 */
export function titleTag(title: string, people: readonly Person[]): string {
  const names = people.flatMap(namesOf);
  const bare = title.trim().replace(/[.!]$/u, '');
  if (names.length === 0) return bare;
  const any = alternation(names);
  const stripped = bare
    .replace(new RegExp(`^(?:${any})${END}(?:['’]s)?[\\s:,–—-]+`, 'iu'), '')
    // The name said just before, said again inside the title: "at Barry's" → "at theirs", "for Graham" → "for them".
    .replace(new RegExp(`${START}(?:${any})['’]s(?=$|[\\s.,:;!?)])(?!\\s+\\p{L})`, 'gu'), 'theirs')
    .replace(new RegExp(`${START}(?:${any})['’]s${END}`, 'gu'), 'their')
    .replace(new RegExp(`${START}(?:${any})${END}`, 'gu'), 'them');
  return stripped === '' ? bare : stripped;
}

/** The two patterns that find a person's name echoed, built once per set of names. */
const echoPatterns = new Map<string, { echoed: RegExp; possessive: RegExp }>();

function patternsFor(names: readonly string[]): { echoed: RegExp; possessive: RegExp } {
  const key = names.join('\u0000');
  let patterns = echoPatterns.get(key);
  if (patterns === undefined) {
    const any = alternation(names);
    const sentenceSoFar = `(?:^|[.!?]\\s)[^.!?]*?`;
    patterns = {
      // "Pat is grieving: Patricia: lost the baby" → "Pat is grieving: lost the baby".
      echoed: new RegExp(`(${sentenceSoFar}${START}(?:${any})${END}[^.!?]*?[:—–]\\s*)(?:${any})(?:\\s*[:,–—-]\\s*|\\s+(?=\\p{Ll})(?!and\\s|or\\s))`, 'gu'),
      // "Don't ask Paul about the pet: Paul's dog died" → "…: their dog died".
      possessive: new RegExp(`(${sentenceSoFar}${START}(?:${any})${END}[^.!?]*?[:—–]\\s*)(?:${any})['’]s\\s+`, 'gu'),
    };
    // A briefing names a few dozen people; the dashboard a few hundred. Forget all past a bound.
    if (echoPatterns.size >= 2_000) echoPatterns.clear();
    echoPatterns.set(key, patterns);
  }
  return patterns;
}

/** Where in `text` any of `names` starts (case as written, as the patterns match). */
function namedAt(text: string, names: readonly string[]): Set<number> {
  const at = new Set<number>();
  for (const name of names) for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) at.add(i);
  return at;
}

/** After a colon or dash, a repeat of a name said earlier in the sentence ("Pat … : Patricia: …") is dropped. */
function withoutEchoedName(text: string, names: readonly string[]): string {
  // An echo needs the name twice: most texts name a person once or not at all.
  if (names.length === 0 || namedAt(text, names).size < 2) return text;
  const { echoed, possessive } = patternsFor(names);
  return text.replace(echoed, '$1').replace(possessive, '$1their ');
}

/** "the the" → "the"; case-insensitive, letters only, so "10 10" or "Pat, Pat" are left alone. */
export const withoutDoubledWords = (text: string): string => text.replace(/(?<![\p{L}'’])(\p{L}[\p{L}'’]*)(?:\s+\1(?![\p{L}'’]))+/giu, '$1');

/** Item texts as they should be read (no echoed names, no doubled words), for texts about `people`, their names worked out once. */
export function plainWordingFor(people: readonly Person[]): (text: string) => string {
  const names = people.map(namesOf);
  return (text) => {
    let out = text;
    for (const each of names) out = withoutEchoedName(out, each);
    return withoutDoubledWords(out);
  };
}

/** "Pat", "Pat and Malcolm", "Pat, Malcolm and Aoife". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
