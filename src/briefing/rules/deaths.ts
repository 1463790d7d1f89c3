import type { PreciseDate } from '../../dates/calendar-date.ts';
import { daysUntilPeriod, periodOf } from '../../dates/calendar-date.ts';
import { describeWhen, formatPrecise } from '../../dates/phrases.ts';
import { nearestAnniversary } from '../../dates/yearly.ts';
import type { Occurrence } from '../../dates/yearly.ts';
import type { Relation } from '../circle.ts';
import { isBereavement, isDeceased } from '../circle.ts';
import type { ReachedEvent, RuleContext } from '../context.ts';
import { eventsAbout, relationsOf } from '../context.ts';
import { toneOf, typeOf } from '../event-timing.ts';
import { priority, ref } from '../items.ts';
import type { AboutRef, Item } from '../items.ts';
import { callName, joinDetail, ordinal } from '../names.ts';
import type { LifeEvent, Person } from '../snapshot.ts';
import { BEREAVEMENT_DAYS, DEATH_ANNIVERSARY_DAYS, PET_LOSS_DAYS } from '../windows.ts';
import { relativeOf } from './relatives.ts';

/**
 * Don't-ask items: a death in someone's close circle, the anniversary of one, the loss of a
 * pet. Deaths are known from a person's date of death and from grief events; both name the
 * same loss once.
 */

interface Loss {
  /** Who died, when they are a person in the book; null for a loss known only as an event. */
  readonly deceased: Person | null;
  /** How the deceased was related to the person asked, when they were. */
  readonly relation: Relation | null;
  /** The relative the news came through, for an event about someone close. */
  readonly via: Relation | null;
  readonly on: PreciseDate;
  readonly events: LifeEvent[];
}

function lossWindow(loss: Loss): number {
  return loss.deceased === null && loss.events.some((e) => e.typeKey === 'pet-death') ? PET_LOSS_DAYS : BEREAVEMENT_DAYS;
}

/** A person's death is remembered yearly; an event-only loss if its type recurs. */
const recursYearly = (loss: Loss): boolean => loss.deceased !== null || loss.events.some((e) => typeOf(e).recursYearly);

/** "Tom (Sue's spouse)", "Tom", or for an event-only loss, what the event is called. */
function whoDied(asker: Person | null, loss: Loss): string {
  if (loss.deceased === null) return loss.events[0]?.title ?? 'the loss';
  if (asker !== null && loss.relation !== null) return relativeOf(asker, loss.relation);
  return callName(loss.deceased);
}

function aboutRefs(asker: Person | null, loss: Loss): AboutRef[] {
  const refs: AboutRef[] = [];
  if (asker !== null) refs.push(ref('person', asker.id));
  if (loss.deceased !== null) refs.push(ref('person', loss.deceased.id));
  if (loss.via !== null) refs.push(ref('person', loss.via.other.id));
  for (const e of loss.events) refs.push(ref('event', e.id));
  return refs;
}

/** "Sanjay: lost the baby" after "Sanjay is grieving" reads "lost the baby": the name is said once. */
function withoutLeadingName(title: string, name: string): string {
  const prefix = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[:,–-]\\s*`, 'i');
  return title.replace(prefix, '');
}

function recentLossText(asker: Person | null, loss: Loss, ctx: RuleContext): string {
  const when = formatPrecise(loss.on, ctx);
  const at = loss.on.precision === 'day' ? `on ${when}` : `in ${when}`;
  if (loss.deceased !== null) {
    const name = callName(loss.deceased);
    return `${whoDied(asker, loss)} died ${at}. Don't ask after ${name}; offer condolences if it feels right.`;
  }
  const event = loss.events[0];
  const title = event?.title ?? 'a loss';
  if (asker === null) return `Be mindful of a recent loss: ${title}. Don't bring it up.`;
  if (event?.typeKey === 'pet-death') return `Don't ask ${callName(asker)} about the pet: ${title}.`;
  const grieving = loss.via === null ? callName(asker) : relativeOf(asker, loss.via);
  return `${grieving} is grieving: ${withoutLeadingName(title, grieving)}. Don't bring it up; offer condolences if it feels right.`;
}

function anniversaryText(asker: Person | null, loss: Loss, anniversary: Occurrence, ctx: RuleContext): string {
  const whenPhrase = describeWhen(anniversary.on, ctx);
  const verb = daysUntilPeriod(periodOf(anniversary.on), ctx.today) < 0 ? 'was' : 'is';
  const nth = anniversary.years === null ? 'The' : `The ${ordinal(anniversary.years)}`;
  if (loss.deceased === null) return `${nth} anniversary of ${whoDied(asker, loss)} ${verb} ${whenPhrase}. Be mindful.`;
  const name = callName(loss.deceased);
  const whose = asker !== null && loss.relation !== null ? ` (${callName(asker)}'s ${loss.relation.label})` : '';
  return `${nth} anniversary of ${name}'s death${whose} ${verb} ${whenPhrase}. Be mindful; don't ask after ${name}.`;
}

function lossItem(asker: Person | null, loss: Loss, ctx: RuleContext): Item | null {
  const distance = daysUntilPeriod(periodOf(loss.on), ctx.day);
  // A date of death after the day being briefed is a typing slip or a time-travelling --now: treat it as just happened.
  const daysSince = Math.max(0, -distance);
  const anniversary = recursYearly(loss) ? nearestAnniversary(loss.on, ctx.day) : null;
  const nearAnniversary = anniversary !== null && Math.abs(anniversary.daysAway) <= DEATH_ANNIVERSARY_DAYS ? anniversary : null;
  const word = loss.deceased === null ? (loss.events[0] === undefined ? 'loss' : typeOf(loss.events[0]).reasonWord) : 'died';
  const detail = joinDetail(...loss.events.flatMap((e) => [e.title, e.notes]));
  const window = lossWindow(loss);
  if (daysSince <= window) {
    const annNote = nearAnniversary === null ? '' : `; ${ordinal(nearAnniversary.years ?? 1)} anniversary ${describeWhen(nearAnniversary.on, ctx)}`;
    return {
      kind: loss.deceased === null ? 'grief' : 'recent-death',
      text: recentLossText(asker, loss, ctx),
      reason: `${word} ${describeWhen(loss.on, ctx)}${annNote}`,
      about: aboutRefs(asker, loss),
      priority: priority(100 - (daysSince / window) * 20),
      detail,
    };
  }
  if (nearAnniversary === null) return null;
  return {
    kind: 'death-anniversary',
    text: anniversaryText(asker, loss, nearAnniversary, ctx),
    reason: `${word} ${formatPrecise(loss.on, ctx)}; anniversary ${describeWhen(nearAnniversary.on, ctx)}`,
    about: aboutRefs(asker, loss),
    priority: priority(90 - Math.abs(nearAnniversary.daysAway)),
    detail,
  };
}

const isDeathEvent = (e: LifeEvent): boolean => toneOf(e) === 'grief' && e.typeKey === 'death';

/**
 * Every loss that touches the person: deaths of people close to them (by relationship), and
 * grief events about them or someone currently close to them.
 */
export function lossItems(person: Person, reached: readonly ReachedEvent[], ctx: RuleContext): Item[] {
  const byDeceased = new Map<number, Loss>();
  const eventLosses: Loss[] = [];
  const claimed = new Set<number>();
  const relationTo = (id: number) => relationsOf(ctx, person.id).find((r) => r.other.id === id && isBereavement(r)) ?? null;

  for (const relation of relationsOf(ctx, person.id)) {
    const { diedOn } = relation.other;
    if (diedOn === null || !isBereavement(relation) || byDeceased.has(relation.other.id)) continue;
    const events = eventsAbout(ctx, relation.other.id).filter(isDeathEvent);
    for (const e of events) claimed.add(e.id);
    byDeceased.set(relation.other.id, { deceased: relation.other, relation, via: null, on: diedOn, events });
  }

  for (const { event: e, via } of reached) {
    if (toneOf(e) !== 'grief' || claimed.has(e.id)) continue;
    claimed.add(e.id);
    const deceased = e.personIds.map((id) => ctx.people.get(id)).filter((p): p is Person => p !== undefined && p.id !== person.id && isDeceased(p));
    if (!isDeathEvent(e) || deceased.length === 0) {
      eventLosses.push({ deceased: null, relation: null, via, on: { date: e.date, precision: e.precision }, events: [e] });
      continue;
    }
    for (const d of deceased) {
      const known = byDeceased.get(d.id);
      if (known !== undefined) known.events.push(e);
      else byDeceased.set(d.id, { deceased: d, relation: relationTo(d.id), via, on: d.diedOn ?? { date: e.date, precision: e.precision }, events: [e] });
    }
  }

  return [...byDeceased.values(), ...eventLosses].map((loss) => lossItem(person, loss, ctx)).filter((i): i is Item => i !== null);
}

/** A grief event that belongs to the client rather than to anyone you will see. */
export function clientLossItem(e: LifeEvent, ctx: RuleContext): Item | null {
  return lossItem(null, { deceased: null, relation: null, via: null, on: { date: e.date, precision: e.precision }, events: [e] }, ctx);
}
