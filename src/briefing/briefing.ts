import type { CalendarDate } from '../dates/calendar-date.ts';
import type { Instant } from '../dates/time-zone.ts';
import type { RelationLabel } from './circle.ts';
import type { Item, Section, SectionKey } from './items.ts';
import type { Id, RoleKind } from './snapshot.ts';

/** What buildBriefing returns: everything to read before one visit. */

/** A person's sections, in reading order: what could hurt first, background last. */
export const PERSON_SECTIONS = ['dontAsk', 'handleWithCare', 'askAbout', 'smallTalk', 'howToExplain'] as const satisfies readonly SectionKey[];
export type PersonSectionKey = (typeof PERSON_SECTIONS)[number];

/** The client's sections, in reading order: hurt, then promises and open work, then news, then background. */
export const CLIENT_SECTIONS = ['dontAsk', 'handleWithCare', 'followUps', 'incidents', 'askAbout', 'lastVisit', 'knowHow', 'logistics'] as const satisfies readonly SectionKey[];
export type ClientSectionKey = (typeof CLIENT_SECTIONS)[number];

/** Someone in a person's life, as they stand now: a separated partner is "former", never current. */
export interface CircleMember {
  readonly personId: Id;
  readonly name: string;
  /** What they are to the person: "grandchild", "spouse". */
  readonly relation: RelationLabel;
  readonly status: 'current' | 'former' | 'died';
}

export interface PersonBriefing {
  readonly personId: Id;
  readonly name: string;
  readonly role: RoleKind | null;
  /** "expected at this visit", "at 4 of the last 5 visits", "owner here". */
  readonly listedBecause: string;
  readonly circle: readonly CircleMember[];
  readonly sections: readonly Section<PersonSectionKey>[];
}

export interface ClientBriefing {
  readonly clientId: Id;
  readonly name: string;
  readonly sections: readonly Section<ClientSectionKey>[];
}

export interface Briefing {
  readonly visitId: Id;
  readonly clientId: Id;
  readonly startsAt: Instant;
  /** The visit's day in the user's time zone: every window is judged on it. */
  readonly day: CalendarDate;
  /** The reader's today: every phrase ("3 weeks ago") is relative to it. */
  readonly today: CalendarDate;
  readonly people: readonly PersonBriefing[];
  readonly client: ClientBriefing;
  /** The few items to read if nothing else, hurtful first, then promises, then asks. */
  readonly highlights: readonly Item[];
}

export interface BriefingSettings {
  /** Items shown per section before "more" (default 3). */
  readonly itemsPerSection?: number;
  /** Length of `highlights` (default 5). */
  readonly highlights?: number;
  /** Days after a close death during which good news and small talk step back (default 30). */
  readonly griefSoftensDays?: number;
}

export interface BriefingOptions {
  readonly now: Date;
  /** The user's IANA time zone, e.g. "Europe/London". */
  readonly timeZone: string;
  /** The user's locale (BCP 47, e.g. "en-US"): every date and time in a sentence is written its way (default en-GB). */
  readonly locale?: string;
  readonly settings?: BriefingSettings;
}
