import type { LifeEventTypeKey } from '../catalogue/life-events.ts';

/**
 * Every time window the briefing uses, in calendar days. docs/briefing-rules.md says why
 * each has the length it has; change them there too.
 */

/** A death in someone's close circle is a don't-ask item for this long. */
export const BEREAVEMENT_DAYS = 365;
/** The loss of a pet is a don't-ask item for this long. */
export const PET_LOSS_DAYS = 183;
/** Around each anniversary of a death (before and after) the briefing says "be mindful". */
export const DEATH_ANNIVERSARY_DAYS = 14;
/** After a close death, the bereaved person's good news and small talk step back for this long (settings.griefSoftensDays). */
export const GRIEF_SOFTENS_DAYS = 30;
/** The longest the user may set griefSoftensDays to. */
export const GRIEF_SOFTENS_MAX_DAYS = 365;

/** Sensitive news stays in handle-with-care this long after it ended. */
export const SENSITIVE_AFTER_DAYS = 90;
/** A known sensitive date (an operation) shows this long ahead. */
export const SENSITIVE_BEFORE_DAYS = 30;
/** After asking about sensitive news, the briefing suggests asking again after this long. */
export const ASK_AGAIN_AFTER_DAYS = 28;
/** A former partner is a handle-with-care item for this long after the relationship ended. */
export const FORMER_PARTNER_DAYS = 365;

/** A birthday this close to the visit (before or after) is worth a greeting; after it, "belated". */
export const BIRTHDAY_DAYS = 10;

/** How long before and after its date good or neutral news is worth asking about. */
export interface AskWindow {
  readonly before: number;
  readonly after: number;
}
export const DEFAULT_ASK_WINDOW: AskWindow = { before: 60, after: 60 };
/** Types whose news lasts longer or shorter than the default. */
export const ASK_WINDOWS: Partial<Record<LifeEventTypeKey, AskWindow>> = {
  'expecting-baby': { before: 280, after: 30 },
  birth: { before: 30, after: 90 },
  trip: { before: 30, after: 21 },
  exams: { before: 30, after: 30 },
  wedding: { before: 90, after: 60 },
  retirement: { before: 60, after: 90 },
};

/** Visits used to rank who you are likely to see. */
export const RANKING_VISITS = 5;
/** Know-how asked at least this often counts as "often asked". */
export const OFTEN_ASKED_TIMES = 2;
/** Length of the notes excerpt from the last visit, in characters. */
export const NOTES_EXCERPT_CHARS = 160;

/** The dashboard looks this many days ahead for birthdays, anniversaries and mindful dates. */
export const DASHBOARD_AHEAD_DAYS = 14;
/** Catch-up reaches back at most this far for dates that passed while the app was closed. */
export const CATCH_UP_DATES_DAYS = 14;
