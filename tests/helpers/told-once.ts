import type { Briefing } from '../../src/briefing/briefing.ts';
import type { Item } from '../../src/briefing/items.ts';
import type { Person } from '../../src/briefing/snapshot.ts';

/**
 * What "say each thing once, in plain words" means, as checks over a finished briefing. Each
 * returns the problems it found (empty when the briefing passes), so a failure names the text.
 */

const FACT_KINDS: ReadonlySet<string> = new Set(['recent-death', 'death-anniversary', 'grief', 'sensitive-event', 'celebration', 'news', 'trip', 'former-partner']);

export function everyItem(b: Briefing): Item[] {
  return [...b.people.flatMap((p) => p.sections), ...b.client.sections].flatMap((s) => [...s.items, ...s.more]);
}

/** No two items (or highlights) tell the same event or the same death. */
export function factsToldTwice(items: readonly Item[], people: readonly Person[]): string[] {
  const deceased = new Set(people.filter((p) => p.diedOn !== null).map((p) => p.id));
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const item of items) {
    if (!FACT_KINDS.has(item.kind)) continue;
    const keys = new Set(item.about.flatMap((a) => (a.type === 'event' ? [`event ${a.id}`] : a.type === 'person' && deceased.has(a.id) ? [`death of person ${a.id}`] : [])));
    for (const key of keys) {
      const before = seen.get(key);
      if (before !== undefined) problems.push(`${key} told twice: "${before}" and "${item.text}"`);
      else seen.set(key, item.text);
    }
  }
  return problems;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same person named twice in a row within a sentence ("Pat is grieving: Patricia: …"). */
export function echoedNames(text: string, people: readonly Person[]): string[] {
  const problems: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
    const mentions: Array<{ at: number; end: number; id: number }> = [];
    for (const p of people) {
      const names = [...new Set([p.givenName, p.nickname, p.familyName === null ? null : `${p.givenName} ${p.familyName}`].filter((n): n is string => n !== null && n !== ''))];
      for (const name of names) {
        for (const m of sentence.matchAll(new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'gu'))) mentions.push({ at: m.index, end: m.index + name.length, id: p.id });
      }
    }
    // Longest mention wins where two overlap ("Pat Murphy" over "Pat").
    mentions.sort((a, b) => a.at - b.at || b.end - a.end);
    const kept = mentions.filter((m, i) => !mentions.slice(0, i).some((o) => o.at <= m.at && o.end >= m.end));
    for (let i = 1; i < kept.length; i++) {
      if (kept[i]!.id === kept[i - 1]!.id) problems.push(`a name said twice in a row: "${text}"`);
    }
  }
  return problems;
}

/** A word said twice in a row ("the the"). */
export function doubledWords(text: string): string[] {
  const m = /(?<![\p{L}'’])(\p{L}[\p{L}'’]*)\s+\1(?![\p{L}'’])/iu.exec(text);
  return m === null ? [] : [`"${m[1]} ${m[1]}" in "${text}"`];
}

/** Every highlight reads differently from every other. */
export function alikeHighlights(highlights: readonly Item[]): string[] {
  const texts = highlights.map((h) => h.text);
  return texts.filter((t, i) => texts.indexOf(t) !== i).map((t) => `two highlights read "${t}"`);
}

/** Every check over one briefing; empty when it says each thing once, in plain words. */
export function wordingProblems(b: Briefing, people: readonly Person[]): string[] {
  const items = everyItem(b);
  return [
    ...factsToldTwice(items, people),
    ...factsToldTwice(b.highlights, people),
    ...items.flatMap((i) => [...echoedNames(i.text, people), ...doubledWords(i.text)]),
    ...alikeHighlights(b.highlights),
  ];
}
