import type { Id } from './snapshot.ts';

/**
 * The unit of every briefing and dashboard list: one thing to say or keep in mind, with why.
 */

/** Each kind of item, and the list it belongs in. */
export const ITEM_KINDS = {
  // Don't ask: what could hurt.
  'recent-death': 'dontAsk',
  'death-anniversary': 'dontAsk',
  grief: 'dontAsk',
  // Handle with care.
  'sensitive-event': 'handleWithCare',
  'former-partner': 'handleWithCare',
  // Promises and open work.
  'follow-up': 'followUps',
  // A promise to someone who has died or left: who should you ask now?
  'needs-contact': 'followUps',
  'unexplained-incident': 'incidents',
  // Ask about.
  celebration: 'askAbout',
  news: 'askAbout',
  trip: 'askAbout',
  birthday: 'askAbout',
  // Good news soon after a close death: kept, but never a highlight.
  'gentle-news': 'askAbout',
  // Small talk and how to explain things.
  interest: 'smallTalk',
  preference: 'smallTalk',
  explain: 'howToExplain',
  // The client's background.
  'last-visit': 'lastVisit',
  // A call, e-mail or message since the last visit.
  'last-contact': 'lastVisit',
  'know-how': 'knowHow',
  logistics: 'logistics',
  // Dashboard only: a wedding anniversary is good news, a client due a visit is open work.
  anniversary: 'askAbout',
  'past-rhythm': 'followUps',
  // A client's licence, warranty or domain coming up for renewal (a date field with a reminder).
  renewal: 'followUps',
  'unlogged-visit': 'followUps',
} as const;

export type ItemKind = keyof typeof ITEM_KINDS;
export type SectionKey = (typeof ITEM_KINDS)[ItemKind];

/** The sections that hold what could hurt; they always read first. */
export const HURTFUL_SECTIONS: readonly SectionKey[] = ['dontAsk', 'handleWithCare'];
const SECTION_RANK: Partial<Record<SectionKey, number>> = { dontAsk: 0, handleWithCare: 1, followUps: 2, incidents: 2, askAbout: 3 };

/** Where a highlight ranks: lower reads first; undefined for background that is never a highlight. */
export function highlightRank(kind: ItemKind): number | undefined {
  return kind === 'gentle-news' ? undefined : SECTION_RANK[ITEM_KINDS[kind]];
}

export type AboutType = 'person' | 'event' | 'relationship' | 'client' | 'visit' | 'follow-up' | 'incident' | 'know-how' | 'client-field';

export interface AboutRef {
  readonly type: AboutType;
  readonly id: Id;
}

export interface Item {
  readonly kind: ItemKind;
  /** What to say or keep in mind, as a person would say it. */
  readonly text: string;
  /** Why it is here: "born 3 weeks ago", "surgery 2 Nov, ongoing; last asked 1 Oct". */
  readonly reason: string;
  /** The records it is about. An event ref means it can be ticked as asked about. */
  readonly about: readonly AboutRef[];
  /** 0–100; higher comes first within its section. */
  readonly priority: number;
  /** Facts to have in front of you: the event's title and notes, the answer given last time. */
  readonly detail: string | null;
}

export interface Section<K extends SectionKey = SectionKey> {
  readonly key: K;
  /** The first few items, most important first. */
  readonly items: readonly Item[];
  /** The rest, behind "more". */
  readonly more: readonly Item[];
}

export const ref = (type: AboutType, id: Id): AboutRef => ({ type, id });

/** Priority first; then text, so equal priorities still come out in one stable order. */
export function byPriority(a: Item, b: Item): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  if (a.text !== b.text) return a.text < b.text ? -1 : 1;
  return a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0;
}

export function section<K extends SectionKey>(key: K, items: readonly Item[], limit: number): Section<K> {
  const sorted = [...items].sort(byPriority);
  return { key, items: sorted.slice(0, limit), more: sorted.slice(limit) };
}

/** Clamp a computed priority into 0–100, whole numbers. */
export const priority = (value: number): number => Math.max(0, Math.min(100, Math.round(value)));
