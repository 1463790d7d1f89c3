import type { Attendee } from './attendees.ts';
import type { CircleMember, PersonBriefing } from './briefing.ts';
import { isDeceased } from './circle.ts';
import type { Relation } from './circle.ts';
import type { RuleContext } from './context.ts';
import { eventsReaching, relationsOf } from './context.ts';
import { section } from './items.ts';
import type { Item } from './items.ts';
import { callName, fullName } from './names.ts';
import { birthdayItems } from './rules/birthdays.ts';
import { lossItems } from './rules/deaths.ts';
import { formerPartnerItems, formerPartners } from './rules/former-partners.ts';
import { eventItem } from './rules/life-events.ts';
import { freshLoss, softenedAsk, softenedSmallTalk } from './rules/grief-softens.ts';
import { explainItems, smallTalkItems } from './rules/small-talk.ts';
import { GRIEF_SOFTENS_DAYS } from './windows.ts';
import type { Id } from './snapshot.ts';

const STATUS_ORDER: Record<CircleMember['status'], number> = { current: 0, died: 1, former: 2 };

function circleOf(relations: readonly Relation[]): CircleMember[] {
  return relations
    .filter((r) => r.status !== 'future')
    .map((r): CircleMember => ({ personId: r.other.id, name: fullName(r.other), relation: r.label, status: isDeceased(r.other) ? 'died' : r.status === 'former' ? 'former' : 'current' }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.personId - b.personId);
}

/**
 * One person's briefing. `briefed` holds everyone you will see (they get their own birthday
 * greeting); `surfaced` collects the events told here, so the client section does not repeat them.
 */
export function personBriefing(attendee: Attendee, ctx: RuleContext, briefed: ReadonlySet<Id>, surfaced: Set<Id>, limit: number, griefSoftensDays = GRIEF_SOFTENS_DAYS): PersonBriefing {
  const { person } = attendee;
  const reached = eventsReaching(person, ctx);
  const former = formerPartnerItems(person, ctx);
  const formerIds = new Set(formerPartners(person, ctx).map((r) => r.other.id));

  const dontAsk = lossItems(person, reached, ctx);
  const care: Item[] = [...former.items];
  const ask: Item[] = birthdayItems(person, ctx, briefed);
  for (const r of reached) {
    if (former.eventIds.has(r.event.id)) continue;
    const found = eventItem(person, r, ctx, formerIds);
    if (found === null) continue;
    (found.section === 'handleWithCare' ? care : ask).push(found.item);
  }
  for (const item of [...dontAsk, ...care, ...ask]) for (const a of item.about) if (a.type === 'event') surfaced.add(a.id);
  const loss = freshLoss(person, reached, ctx, griefSoftensDays);
  const asks = loss === null ? ask : ask.map((i) => softenedAsk(i, loss));
  const smallTalk = loss === null ? smallTalkItems(person) : smallTalkItems(person).map((i) => softenedSmallTalk(i, loss));

  return {
    personId: person.id,
    name: callName(person) === person.givenName ? fullName(person) : `${fullName(person)} (${callName(person)})`,
    role: attendee.role,
    listedBecause: attendee.listedBecause,
    circle: circleOf(relationsOf(ctx, person.id)),
    sections: [
      section('dontAsk', dontAsk, limit),
      section('handleWithCare', care, limit),
      section('askAbout', asks, limit),
      section('smallTalk', smallTalk, limit),
      section('howToExplain', explainItems(person), limit),
    ],
  };
}
