import { daysBetween } from '../../dates/calendar-date.ts';
import { describeWhen } from '../../dates/phrases.ts';
import { PARTNER_LABELS, isDeceased } from '../circle.ts';
import type { Relation } from '../circle.ts';
import type { RuleContext } from '../context.ts';
import { eventsAbout, relationsOf } from '../context.ts';
import { describeEventTiming, eventTiming } from '../event-timing.ts';
import { priority, ref } from '../items.ts';
import type { Item } from '../items.ts';
import { callName, joinDetail } from '../names.ts';
import type { Id, Person } from '../snapshot.ts';
import { FORMER_PARTNER_DAYS } from '../windows.ts';
import { isRelationshipEnding, isSensitiveActive } from './life-events.ts';

/**
 * A partnership that has ended is never presented as current. While the separation is recent
 * the briefing says so (handle with care) and names who not to mention as a partner.
 */

export const formerPartners = (person: Person, ctx: RuleContext): Relation[] =>
  relationsOf(ctx, person.id).filter((r) => r.status === 'former' && PARTNER_LABELS.has(r.label));

export interface FormerPartnerItems {
  readonly items: Item[];
  /** Separation and divorce events already told by these items. */
  readonly eventIds: ReadonlySet<Id>;
}

export function formerPartnerItems(person: Person, ctx: RuleContext): FormerPartnerItems {
  const items: Item[] = [];
  const eventIds = new Set<Id>();
  for (const relation of formerPartners(person, ctx)) {
    const ex = relation.other;
    const endings = eventsAbout(ctx, person.id).filter((e) => isRelationshipEnding(e) && e.personIds.includes(ex.id));
    for (const e of endings) eventIds.add(e.id);
    const latest = [...endings].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    const latestTiming = latest === undefined ? null : eventTiming(latest, ctx.day);
    // `until` is set because the relation is former.
    const ended = relation.relationship.until ?? ctx.day;
    const recent = daysBetween(ended, ctx.day) <= FORMER_PARTNER_DAYS || (latestTiming !== null && isSensitiveActive(latestTiming));
    if (isDeceased(ex) || !recent) continue;
    const name = callName(ex);
    items.push({
      kind: 'former-partner',
      text: `${callName(person)} and ${name} have separated. Don't mention ${name} as ${callName(person)}'s ${relation.label}.`,
      // A relationship's end carries no precision, so it is only ever spoken of by its month.
      reason: latest !== undefined && latestTiming !== null ? describeEventTiming(latest, latestTiming, ctx) : `separated ${describeWhen({ date: ended, precision: 'month' }, ctx)}`,
      about: [ref('person', person.id), ref('person', ex.id), ref('relationship', relation.relationship.id), ...endings.map((e) => ref('event', e.id))],
      priority: priority(70),
      detail: joinDetail(...endings.flatMap((e) => [e.title, e.notes])),
    });
  }
  return { items, eventIds };
}
