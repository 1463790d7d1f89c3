import type { CalendarDate } from '../dates/calendar-date.ts';
import type { DateFormat } from '../dates/date-format.ts';
import { indexRelations, isCloseAndCurrent } from './circle.ts';
import type { Relation } from './circle.ts';
import type { Id, LifeEvent, Person, Relationship } from './snapshot.ts';

/**
 * What every rule reads, indexed once per briefing so no rule scans all events or
 * relationships for each person.
 */
export interface RuleContext {
  /** The reader's today: every phrase ("3 weeks ago") is relative to it. */
  readonly today: CalendarDate;
  /** The day being briefed for (the visit's day): every window is judged on it. */
  readonly day: CalendarDate;
  readonly nowMs: number;
  readonly timeZone: string;
  /** How the reader writes dates and times (their locale): every date in a sentence goes through it. */
  readonly dates: DateFormat;
  readonly people: ReadonlyMap<Id, Person>;
  readonly relations: ReadonlyMap<Id, readonly Relation[]>;
  readonly eventsByPerson: ReadonlyMap<Id, readonly LifeEvent[]>;
}

export interface ContextFacts {
  readonly people: readonly Person[];
  readonly relationships: readonly Relationship[];
  readonly lifeEvents: readonly LifeEvent[];
}

export interface Clock {
  readonly today: CalendarDate;
  readonly day: CalendarDate;
  readonly nowMs: number;
  readonly timeZone: string;
  readonly dates: DateFormat;
}

export function buildContext(facts: ContextFacts, clock: Clock): RuleContext {
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const eventsByPerson = new Map<Id, LifeEvent[]>();
  for (const e of facts.lifeEvents) {
    for (const id of new Set(e.personIds)) {
      const list = eventsByPerson.get(id);
      if (list === undefined) eventsByPerson.set(id, [e]);
      else list.push(e);
    }
  }
  return { ...clock, people, relations: indexRelations(facts.relationships, people, clock.day), eventsByPerson };
}

export const relationsOf = (ctx: RuleContext, personId: Id): readonly Relation[] => ctx.relations.get(personId) ?? [];
export const eventsAbout = (ctx: RuleContext, personId: Id): readonly LifeEvent[] => ctx.eventsByPerson.get(personId) ?? [];

/** A life event that concerns a person: about them, or about someone close to them (`via`). */
export interface ReachedEvent {
  readonly event: LifeEvent;
  readonly via: Relation | null;
}

/** Events about the person, then those about the living people currently close to them. */
export function eventsReaching(person: Person, ctx: RuleContext): ReachedEvent[] {
  const seen = new Set<Id>();
  const reached: ReachedEvent[] = [];
  const take = (event: LifeEvent, via: Relation | null) => {
    if (seen.has(event.id)) return;
    seen.add(event.id);
    reached.push({ event, via });
  };
  for (const e of eventsAbout(ctx, person.id)) take(e, null);
  for (const relation of relationsOf(ctx, person.id)) {
    if (!isCloseAndCurrent(relation)) continue;
    for (const e of eventsAbout(ctx, relation.other.id)) take(e, relation);
  }
  return reached;
}
