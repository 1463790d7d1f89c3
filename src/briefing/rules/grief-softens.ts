import { daysUntilPeriod, periodOf } from '../../dates/calendar-date.ts';
import type { PreciseDate } from '../../dates/calendar-date.ts';
import { isBereavement } from '../circle.ts';
import type { ReachedEvent, RuleContext } from '../context.ts';
import { relationsOf } from '../context.ts';
import { toneOf } from '../event-timing.ts';
import { priority } from '../items.ts';
import type { Item } from '../items.ts';
import { callName } from '../names.ts';
import type { Person } from '../snapshot.ts';

/**
 * Grief softens cheer: for a while after someone close has died, the bereaved person's good
 * news and small talk step back. They stay in the briefing (the consultant may be told about
 * the award) but are never highlights, read below the condolence and are worded gently.
 */

export interface FreshLoss {
  /** "Tom's death", "the loss of Biscuit". */
  readonly phrase: string;
  readonly daysAgo: number;
}

const daysSince = (on: PreciseDate, ctx: RuleContext) => Math.max(0, -daysUntilPeriod(periodOf(on), ctx.day));

/** The freshest loss within `days` of the day being briefed, if any. */
export function freshLoss(person: Person, reached: readonly ReachedEvent[], ctx: RuleContext, days: number): FreshLoss | null {
  let best: FreshLoss | null = null;
  const consider = (phrase: string, on: PreciseDate) => {
    const ago = daysSince(on, ctx);
    if (ago <= days && (best === null || ago < best.daysAgo)) best = { phrase, daysAgo: ago };
  };
  for (const relation of relationsOf(ctx, person.id)) {
    if (relation.other.diedOn !== null && isBereavement(relation)) consider(`${callName(relation.other)}'s death`, relation.other.diedOn);
  }
  // Grief events about the person themselves; a relative's own losses are theirs.
  for (const { event, via } of reached) {
    if (via === null && toneOf(event) === 'grief') consider('the loss', { date: event.date, precision: event.precision });
  }
  return best;
}

/** Sentences that open with an instruction read on after "if it comes up, …". */
const INSTRUCTION = /^(Ask|Wish|Chat)\b/;
const gently = (text: string) => (INSTRUCTION.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);

/** A celebration or piece of news, softened: not a headline, below the condolence. */
export function softenedAsk(item: Item, loss: FreshLoss): Item {
  return {
    ...item,
    kind: 'gentle-news',
    text: `Not a headline so soon after ${loss.phrase}: if it comes up, ${gently(item.text)}`,
    // "Soon after", not a count of days: the death may be known only by its month.
    reason: `${item.reason}; soon after ${loss.phrase}`,
    priority: priority(Math.min(item.priority, 20)),
  };
}

/** Small talk, softened: only if the moment is right. */
export function softenedSmallTalk(item: Item, loss: FreshLoss): Item {
  return { ...item, text: `Only if the moment is right: ${gently(item.text)}`, reason: `${item.reason}; soon after ${loss.phrase}`, priority: priority(Math.min(item.priority, 20)) };
}
