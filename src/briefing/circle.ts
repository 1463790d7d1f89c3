import type { CalendarDate, PreciseDate } from '../dates/calendar-date.ts';
import { periodOf } from '../dates/calendar-date.ts';
import { missingCase } from './exhaustive.ts';
import type { Id, Person, Relationship } from './snapshot.ts';

/**
 * Relationships seen from one person's side: "Lily is Sue's grandchild" and "Sue is Lily's
 * grandparent" come from the same row.
 */

export type RelationLabel = 'partner' | 'spouse' | 'parent' | 'child' | 'grandparent' | 'grandchild' | 'sibling' | 'friend' | 'colleague' | 'other';

/** Whether the relationship holds on the day: a separation makes a partner "former". */
export type RelationStatus = 'current' | 'former' | 'future';

export interface Relation {
  readonly relationship: Relationship;
  readonly other: Person;
  /** What `other` is to the person whose relation this is. */
  readonly label: RelationLabel;
  readonly status: RelationStatus;
}

/** Whose news reaches a person and whose death is their loss. Colleagues and "other" are not. */
const CLOSE_LABELS: ReadonlySet<RelationLabel> = new Set(['partner', 'spouse', 'parent', 'child', 'grandparent', 'grandchild', 'sibling', 'friend']);
export const PARTNER_LABELS: ReadonlySet<RelationLabel> = new Set(['partner', 'spouse']);

/** What `b` is to `a` (when `fromA`) or what `a` is to `b`. */
function labelFor(kind: Relationship['kind'], fromA: boolean): RelationLabel {
  switch (kind) {
    case 'parent':
      return fromA ? 'child' : 'parent';
    case 'grandparent':
      return fromA ? 'grandchild' : 'grandparent';
    case 'partner':
    case 'spouse':
    case 'sibling':
    case 'friend':
    case 'colleague':
    case 'other':
      return kind;
    default:
      return missingCase(kind, 'relationship kind');
  }
}

function statusOn(r: Relationship, day: CalendarDate): RelationStatus {
  if (r.until !== null && r.until <= day) return 'former';
  if (r.since !== null && r.since > day) return 'future';
  return 'current';
}

/** Every person's relations, built once so rules never scan all relationships. */
export function indexRelations(relationships: readonly Relationship[], people: ReadonlyMap<Id, Person>, day: CalendarDate): Map<Id, Relation[]> {
  const byPerson = new Map<Id, Relation[]>();
  const add = (personId: Id, relation: Relation) => {
    const list = byPerson.get(personId);
    if (list === undefined) byPerson.set(personId, [relation]);
    else list.push(relation);
  };
  for (const r of relationships) {
    const a = people.get(r.aId);
    const b = people.get(r.bId);
    if (a === undefined || b === undefined || r.aId === r.bId) continue;
    const status = statusOn(r, day);
    add(a.id, { relationship: r, other: b, label: labelFor(r.kind, true), status });
    add(b.id, { relationship: r, other: a, label: labelFor(r.kind, false), status });
  }
  return byPerson;
}

export const isDeceased = (p: Person): boolean => p.diedOn !== null;

/**
 * Whether the relation was close when someone died: a partner who separated before the death
 * does not count; one whose relationship was closed on the day of death does.
 */
export function closeWhenDied(relation: Relation, diedOn: PreciseDate): boolean {
  const { until } = relation.relationship;
  return CLOSE_LABELS.has(relation.label) && (until === null || until >= periodOf(diedOn).first);
}

/** Whether `relation.other` has died and their death is a loss to the person. */
export const isBereavement = (relation: Relation): boolean => relation.other.diedOn !== null && closeWhenDied(relation, relation.other.diedOn);

/** Living and currently close: the people whose news is worth asking about. */
export const isCloseAndCurrent = (relation: Relation): boolean =>
  relation.status === 'current' && !isDeceased(relation.other) && CLOSE_LABELS.has(relation.label);
