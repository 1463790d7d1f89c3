import type { ClientBriefing } from './briefing.ts';
import { incidentItems, knowHowItems, lastVisitItems, logisticsItems } from './client-background.ts';
import type { RuleContext } from './context.ts';
import { toneOf } from './event-timing.ts';
import { followUpItems } from './follow-ups.ts';
import { section } from './items.ts';
import { renewalItems } from './renewals.ts';
import type { Item } from './items.ts';
import { clientLossItem } from './rules/deaths.ts';
import { eventItem } from './rules/life-events.ts';
import type { BriefingSnapshot, Id } from './snapshot.ts';

const NO_FORMER_PARTNERS: ReadonlySet<Id> = new Set();

/** The client's own news: business events that no one you will see has already been told about. */
function clientEventItems(snapshot: BriefingSnapshot, ctx: RuleContext, surfaced: ReadonlySet<Id>) {
  const dontAsk: Item[] = [];
  const care: Item[] = [];
  const ask: Item[] = [];
  for (const event of snapshot.lifeEvents) {
    if (event.clientId !== snapshot.client.id || surfaced.has(event.id)) continue;
    if (toneOf(event) === 'grief') {
      const loss = clientLossItem(event, ctx);
      if (loss !== null) dontAsk.push(loss);
      continue;
    }
    const found = eventItem(null, { event, via: null }, ctx, NO_FORMER_PARTNERS);
    if (found !== null) (found.section === 'handleWithCare' ? care : ask).push(found.item);
  }
  return { dontAsk, care, ask };
}

export function clientBriefing(snapshot: BriefingSnapshot, ctx: RuleContext, surfaced: ReadonlySet<Id>, limit: number): ClientBriefing {
  const { client } = snapshot;
  const events = clientEventItems(snapshot, ctx, surfaced);
  return {
    clientId: client.id,
    name: client.name,
    sections: [
      section('dontAsk', events.dontAsk, limit),
      section('handleWithCare', events.care, limit),
      section('followUps', [...followUpItems(snapshot.followUps, client.name, ctx, snapshot.roles), ...renewalItems(snapshot.renewals ?? [], null, ctx).map(({ on: _on, ...item }) => item)], limit),
      section('incidents', incidentItems(snapshot.incidents, ctx), limit),
      section('askAbout', events.ask, limit),
      section('lastVisit', lastVisitItems(snapshot.visit, snapshot.recentVisits, ctx, snapshot.recentContacts), limit),
      section('knowHow', knowHowItems(snapshot.knowHow, ctx, snapshot.roles, client), limit),
      section('logistics', logisticsItems(client), limit),
    ],
  };
}
