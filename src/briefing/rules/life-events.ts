import { describeDay, formatDay } from '../../dates/phrases.ts';
import { localDateOf } from '../../dates/time-zone.ts';
import { daysBetween } from '../../dates/calendar-date.ts';
import type { RuleContext, ReachedEvent } from '../context.ts';
import { isDeceased } from '../circle.ts';
import { describeEventTiming, eventTiming, lastAsked, toneOf, typeOf } from '../event-timing.ts';
import type { EventTiming } from '../event-timing.ts';
import { missingCase } from '../exhaustive.ts';
import { priority, ref } from '../items.ts';
import type { AboutRef, Item } from '../items.ts';
import { callName, joinDetail } from '../names.ts';
import type { Id, LifeEvent, Person } from '../snapshot.ts';
import { ASK_AGAIN_AFTER_DAYS, ASK_WINDOWS, DEFAULT_ASK_WINDOW, SENSITIVE_AFTER_DAYS, SENSITIVE_BEFORE_DAYS } from '../windows.ts';
import { relativeOf } from './relatives.ts';

/**
 * Sensitive news becomes handle-with-care; good and neutral news becomes ask-about. Grief is
 * not handled here (see deaths.ts).
 */

export type EventSectionItem = { readonly section: 'handleWithCare' | 'askAbout'; readonly item: Item };

const RELATIONSHIP_ENDINGS: ReadonlySet<string> = new Set(['separation', 'divorce']);
export const isRelationshipEnding = (e: LifeEvent): boolean => RELATIONSHIP_ENDINGS.has(e.typeKey);

/** Sensitive news is current while ongoing, shortly before a known date and for a while after. */
export function isSensitiveActive(timing: EventTiming): boolean {
  if (timing.phase === 'upcoming') return timing.days <= SENSITIVE_BEFORE_DAYS;
  if (timing.phase === 'past') return timing.days <= SENSITIVE_AFTER_DAYS;
  return true;
}

function isAskable(e: LifeEvent, timing: EventTiming): boolean {
  const window = ASK_WINDOWS[e.typeKey] ?? DEFAULT_ASK_WINDOW;
  if (timing.phase === 'upcoming') return timing.days <= window.before;
  if (timing.phase === 'past') return timing.days <= window.after;
  return true;
}

/** Whom the item is about: the person asked, the relative it came through, the event. */
function aboutRefs(asker: Person | null, reached: ReachedEvent): AboutRef[] {
  const refs: AboutRef[] = [];
  if (asker !== null) refs.push(ref('person', asker.id));
  if (reached.via !== null) refs.push(ref('person', reached.via.other.id));
  refs.push(ref('event', reached.event.id));
  return refs;
}

function careItem(asker: Person | null, reached: ReachedEvent, timing: EventTiming, ctx: RuleContext): Item {
  const { event: e, via } = reached;
  const subject = typeOf(e).subject;
  const asked = lastAsked(e, ctx.nowMs);
  const askedOn = asked === null ? null : localDateOf(asked.atMs, ctx.timeZone);
  const askedRecently = askedOn !== null && daysBetween(askedOn, ctx.day) < ASK_AGAIN_AFTER_DAYS;
  let text: string;
  if (askedOn !== null && askedRecently) {
    const whose = asker !== null && via !== null ? `${relativeOf(asker, via)}: ` : '';
    text = `Handle with care — ${whose}${subject}. You asked ${describeDay(askedOn, ctx)}; no need to ask again yet.`;
  } else if (asker === null) {
    text = `Ask gently about ${subject}.`;
  } else if (via !== null) {
    text = `Ask ${callName(asker)} gently how ${relativeOf(asker, via)} is doing: ${subject}.`;
  } else {
    text = `Ask ${callName(asker)} gently about ${subject}.`;
  }
  if (isRelationshipEnding(e)) {
    // Name the former partner when the event says who it was.
    const exes = e.personIds.filter((id) => id !== asker?.id && id !== via?.other.id).map((id) => ctx.people.get(id)).filter((p): p is Person => p !== undefined);
    const whose = via !== null && asker !== null ? callName(via.other) : asker === null ? null : callName(asker);
    text += exes.length > 0 && whose !== null ? ` Don't mention ${exes.map(callName).join(' or ')} as ${whose}'s partner.` : " Don't mention the former partner as a partner.";
  }
  const lead = asker !== null && via !== null ? `${callName(via.other)}: ` : '';
  const askedPhrase = askedOn === null ? '' : `; last asked ${formatDay(askedOn, ctx)}`;
  const lastNote = asked?.note ?? null;
  return {
    kind: 'sensitive-event',
    text,
    reason: `${lead}${describeEventTiming(e, timing, ctx)}${askedPhrase}`,
    about: aboutRefs(asker, reached),
    priority: priority(askedRecently ? 45 : 75 + (via === null ? 5 : 0) - Math.min(timing.days, 30) / 3),
    detail: joinDetail(e.title, e.notes, lastNote === null ? null : `Last time: ${lastNote}`),
  };
}

function tripText(asker: string, whose: string, timing: EventTiming): string {
  if (timing.phase === 'upcoming') return `Ask ${asker} about ${whose}trip coming up.`;
  if (timing.phase === 'current') return `Ask ${asker} about ${whose}trip.`;
  return `Ask ${asker} how ${whose}trip went.`;
}

function askItem(asker: Person | null, reached: ReachedEvent, timing: EventTiming, ctx: RuleContext): Item {
  const { event: e, via } = reached;
  const type = typeOf(e);
  const isTrip = e.typeKey === 'trip';
  let text: string;
  if (asker === null) text = `Ask about ${type.subject}.`;
  else if (isTrip) text = tripText(callName(asker), via === null ? 'the ' : `${callName(via.other)}'s `, timing);
  else if (via !== null) text = `Ask ${callName(asker)} about ${relativeOf(asker, via)}: ${type.subject}.`;
  else text = `Ask ${callName(asker)} about ${type.subject}.`;
  const lead = asker !== null && via !== null ? `${callName(via.other)}: ` : '';
  return {
    kind: isTrip ? 'trip' : toneOf(e) === 'celebration' ? 'celebration' : 'news',
    text,
    reason: `${lead}${describeEventTiming(e, timing, ctx)}`,
    about: aboutRefs(asker, reached),
    priority: priority(55 + (via === null ? 10 : 0) - Math.min(timing.days, 60) / 6),
    detail: joinDetail(e.title, e.notes),
  };
}

/**
 * What a reached event says to `asker` (null for the client's own events): handle with care,
 * ask about, or nothing. Events that involve someone who has died, or the asker's former
 * partner, are never care or ask-about items.
 */
export function eventItem(asker: Person | null, reached: ReachedEvent, ctx: RuleContext, formerPartnerIds: ReadonlySet<Id>): EventSectionItem | null {
  const e = reached.event;
  for (const id of e.personIds) {
    const p = ctx.people.get(id);
    if ((p !== undefined && isDeceased(p)) || formerPartnerIds.has(id)) return null;
  }
  const timing = eventTiming(e, ctx.day);
  const tone = toneOf(e);
  switch (tone) {
    case 'grief':
      return null;
    case 'sensitive':
      return isSensitiveActive(timing) ? { section: 'handleWithCare', item: careItem(asker, reached, timing, ctx) } : null;
    case 'celebration':
    case 'neutral':
      if (lastAsked(e, ctx.nowMs) !== null || !isAskable(e, timing)) return null;
      return { section: 'askAbout', item: askItem(asker, reached, timing, ctx) };
    default:
      return missingCase(tone, 'tone');
  }
}
