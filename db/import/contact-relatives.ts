/** A contact's relatives (RELATED, X-ABRELATEDNAMES, a Spouse column) → relationships, when the name finds one person. */
import type { RelationshipRole } from '../../src/contract/schemas/people.ts';
import type { ParsedContact, RelatedKind, RelatedPerson } from '../../src/import/types.ts';
import type { Db } from '../connection.ts';
import { relationships } from '../schema/people.ts';
import type { RelativeStep } from './contact-writes.ts';
import type { PeopleMatcher, PersonTarget } from './people-matcher.ts';

const RELATIVE_IS: Record<RelatedKind, RelationshipRole> = {
  spouse: 'spouse',
  partner: 'partner',
  parent: 'parent',
  child: 'child',
  sibling: 'sibling',
  grandparent: 'grandparent',
  grandchild: 'grandchild',
  relative: 'other',
  friend: 'friend',
  colleague: 'colleague',
  other: 'other',
};

const pairKey = (a: PersonTarget, b: PersonTarget) => [a.key, b.key].sort().join('+');

export interface Relatives {
  steps: RelativeStep[];
  /** Relatives no single person was found for: kept in the notes. */
  unresolved: Map<PersonTarget, RelatedPerson[]>;
  /** Their spouse or partner, for a wedding from the card's anniversary. */
  spouses: Map<PersonTarget, PersonTarget>;
}

/** Relationships to add between contacts of this file and people already saved; a pair already related in any way is left as it is. */
export function resolveRelatives(db: Db, matcher: PeopleMatcher, contacts: readonly { contact: ParsedContact; target: PersonTarget }[]): Relatives {
  const pairs = new Set(db.select({ a: relationships.personAId, b: relationships.personBId }).from(relationships).all().map((r) => [`p${r.a}`, `p${r.b}`].sort().join('+')));
  const found: Relatives = { steps: [], unresolved: new Map(), spouses: new Map() };
  for (const { contact, target } of contacts) {
    for (const related of contact.related) {
      // "Lily" on Sue Baker's card is most likely Lily Baker.
      const sameFamily = !related.name.includes(' ') && contact.familyName ? matcher.named(`${related.name} ${contact.familyName}`) : [];
      const named = (sameFamily.length > 0 ? sameFamily : matcher.named(related.name)).filter((t) => t !== target);
      const alreadyRelated = named.filter((t) => pairs.has(pairKey(target, t)));
      // Two children both called Jack, both already linked: nothing to add, nothing lost.
      if (named.length > 1 && alreadyRelated.length === named.length) continue;
      // Of namesakes, the one they are already related to.
      const other = named.length === 1 ? named[0] : alreadyRelated.length === 1 ? alreadyRelated[0] : undefined;
      if (!other) {
        found.unresolved.set(target, [...(found.unresolved.get(target) ?? []), related]);
        continue;
      }
      const relativeIs = RELATIVE_IS[related.kind];
      if (relativeIs === 'spouse' || relativeIs === 'partner') found.spouses.set(target, other);
      if (pairs.has(pairKey(target, other))) continue;
      pairs.add(pairKey(target, other));
      found.steps.push({
        from: target,
        to: other,
        relativeIs,
        record: { line: contact.line, entity: 'relationship', action: 'new', label: `${other.label}, ${relativeIs} of ${target.label}`, match: null, notes: [] },
      });
    }
  }
  return found;
}
