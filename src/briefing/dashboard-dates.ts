import type { CalendarDate, PreciseDate } from '../dates/calendar-date.ts';
import { daysUntilPeriod, periodOf } from '../dates/calendar-date.ts';
import { describeWhen, formatPrecise } from '../dates/phrases.ts';
import { anniversariesBetween, occurrencesBetween } from '../dates/yearly.ts';
import { PARTNER_LABELS, closeWhenDied, isCloseAndCurrent, isDeceased } from './circle.ts';
import type { RuleContext } from './context.ts';
import { relationsOf } from './context.ts';
import { toneOf, typeOf } from './event-timing.ts';
import { priority, ref } from './items.ts';
import type { Item } from './items.ts';
import { callName, fullName, ordinal } from './names.ts';
import type { Id, LifeEvent, Person } from './snapshot.ts';
import { isRoleActive } from './attendees.ts';
import type { DashboardSnapshot } from './snapshot.ts';

/**
 * Dates on the dashboard: birthdays and anniversaries of the living, and the anniversaries
 * of deaths to be mindful of, within a range of days.
 */

/** An item tied to a day (or, for a month-precision date, to a month). */
export interface DatedItem extends Item {
  readonly on: PreciseDate;
}

export interface DateRange {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** Says where someone belongs: "Sue Hill (The Hills)", "Lily (Sue Hill's grandchild)". */
export function placeFinder(snapshot: DashboardSnapshot, ctx: RuleContext): (p: Person) => string {
  const clientNames = new Map(snapshot.clients.map((c) => [c.id, c.name]));
  const clientOf = new Map<Id, string>();
  for (const r of snapshot.roles) {
    const name = clientNames.get(r.clientId);
    if (name !== undefined && isRoleActive(r, ctx.day) && !clientOf.has(r.personId)) clientOf.set(r.personId, name);
  }
  return (p) => {
    const client = clientOf.get(p.id);
    if (client !== undefined) return `${fullName(p)} (${client})`;
    const link = relationsOf(ctx, p.id).find((r) => isCloseAndCurrent(r) && clientOf.has(r.other.id));
    // The relation is read from the other side: Lily is Sue's grandchild when Sue is Lily's grandparent.
    const back = link === undefined ? undefined : relationsOf(ctx, link.other.id).find((r) => r.relationship.id === link.relationship.id);
    return link === undefined || back === undefined ? fullName(p) : `${fullName(p)} (${fullName(link.other)}'s ${back.label})`;
  };
}

/** How high a birthday or a celebration's anniversary ranks: the nearer the day, the higher. */
export const birthdayPriority = (on: PreciseDate, today: CalendarDate): number => priority(60 - Math.abs(daysUntilPeriod(periodOf(on), today)));
export const anniversaryPriority = (on: PreciseDate, today: CalendarDate): number => priority(55 - Math.abs(daysUntilPeriod(periodOf(on), today)));

/** "is"/"was" for a date phrased relative to the reader's today. */
const verbFor = (on: PreciseDate, today: CalendarDate): string => (daysUntilPeriod(periodOf(on), today) < 0 ? 'was' : 'is');

export function birthdayDates(people: readonly Person[], range: DateRange, ctx: RuleContext, place: (p: Person) => string): DatedItem[] {
  const items: DatedItem[] = [];
  for (const p of people) {
    if (p.birthday === null || isDeceased(p)) continue;
    for (const date of occurrencesBetween(p.birthday, range.from, range.to)) {
      const on = { date, precision: 'day' } as const;
      items.push({
        kind: 'birthday',
        text: `Birthday of ${place(p)}.`,
        reason: `birthday ${describeWhen(on, ctx)}`,
        about: [ref('person', p.id)],
        priority: birthdayPriority(on, ctx.today),
        detail: null,
        on,
      });
    }
  }
  return items;
}

/** True when two of the people on an event have split up: their wedding anniversary is no longer a celebration. */
function splitUp(e: LifeEvent, ctx: RuleContext): boolean {
  const ids = new Set(e.personIds);
  return e.personIds.some((id) => relationsOf(ctx, id).some((r) => ids.has(r.other.id) && PARTNER_LABELS.has(r.label) && r.status === 'former'));
}

export function anniversaryDates(events: readonly LifeEvent[], range: DateRange, ctx: RuleContext, clientName: (id: Id) => string | null): DatedItem[] {
  const items: DatedItem[] = [];
  for (const e of events) {
    if (!typeOf(e).recursYearly || toneOf(e) !== 'celebration') continue;
    const people = e.personIds.map((id) => ctx.people.get(id)).filter((p): p is Person => p !== undefined);
    if (people.some(isDeceased) || splitUp(e, ctx)) continue;
    const names = people.length > 0 ? people.map(callName).join(' and ') : e.clientId === null ? null : clientName(e.clientId);
    if (names === null) continue;
    const label = typeOf(e).label.toLowerCase();
    const what = label.includes('anniversary') ? label : `${label} anniversary`;
    for (const { on, years } of anniversariesBetween({ date: e.date, precision: e.precision }, range.from, range.to)) {
      items.push({
        kind: 'anniversary',
        text: `${ordinal(years).replace(/^./, (c) => c.toUpperCase())} ${what}: ${names}.`,
        reason: `anniversary ${describeWhen(on, ctx)}`,
        about: [...people.map((p) => ref('person', p.id)), ref('event', e.id)],
        priority: anniversaryPriority(on, ctx.today),
        detail: e.title,
        on,
      });
    }
  }
  return items;
}

/** Anniversaries of deaths, with the living people close to whoever died. */
export function mindfulDates(people: readonly Person[], events: readonly LifeEvent[], range: DateRange, ctx: RuleContext, place: (p: Person) => string): DatedItem[] {
  const items: DatedItem[] = [];
  const told = new Set<Id>();
  for (const d of people) {
    if (d.diedOn === null) continue;
    const { diedOn } = d;
    const close = relationsOf(ctx, d.id)
      .filter((r) => !isDeceased(r.other) && closeWhenDied(r, diedOn))
      // In the order they were recorded, however the snapshot was read.
      .sort((a, b) => a.relationship.id - b.relationship.id)
      .map((r) => r.other);
    for (const e of events) if (e.typeKey === 'death' && e.personIds.includes(d.id)) told.add(e.id);
    for (const { on, years } of anniversariesBetween(diedOn, range.from, range.to)) {
      items.push({
        kind: 'death-anniversary',
        text: `Be mindful: the ${ordinal(years)} anniversary of ${fullName(d)}'s death ${verbFor(on, ctx.today)} ${describeWhen(on, ctx)}.`,
        reason: `died ${formatPrecise(diedOn, ctx)}`,
        about: [ref('person', d.id), ...close.map((p) => ref('person', p.id))],
        priority: priority(80 - Math.abs(daysUntilPeriod(periodOf(on), ctx.today))),
        detail: close.length === 0 ? null : `Close to them: ${close.map(place).join(', ')}.`,
        on,
      });
    }
  }
  for (const e of events) {
    if (told.has(e.id) || toneOf(e) !== 'grief' || !typeOf(e).recursYearly) continue;
    const bereaved = e.personIds.map((id) => ctx.people.get(id)).filter((p): p is Person => p !== undefined && !isDeceased(p));
    for (const { on, years } of anniversariesBetween({ date: e.date, precision: e.precision }, range.from, range.to)) {
      items.push({
        kind: 'death-anniversary',
        text: `Be mindful: the ${ordinal(years)} anniversary of a loss ${verbFor(on, ctx.today)} ${describeWhen(on, ctx)}: ${e.title}.`,
        reason: `${typeOf(e).reasonWord} ${formatPrecise({ date: e.date, precision: e.precision }, ctx)}`,
        about: [...bereaved.map((p) => ref('person', p.id)), ref('event', e.id)],
        priority: priority(80 - Math.abs(daysUntilPeriod(periodOf(on), ctx.today))),
        detail: bereaved.length === 0 ? null : `Close to it: ${bereaved.map(place).join(', ')}.`,
        on,
      });
    }
  }
  return items;
}
