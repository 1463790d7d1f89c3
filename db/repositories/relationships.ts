import { and, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { z } from 'zod';
import { AppFailure, notFound } from '../../src/contract/result.ts';
import type {
  Relationship,
  RelationshipCreate,
  RelationshipEnd,
  RelationshipKind,
  RelationshipRole,
  RelationshipUpdate,
  RelativeView,
} from '../../src/contract/schemas/people.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { people, relationships } from '../schema/people.ts';
import { refuseEndBeforeStart } from './date-spans.ts';
import { definedFields } from './patch.ts';
import { requirePerson } from './references.ts';
import { displayName, toPerson, toRelationship } from './rows.ts';

type Parsed<T extends z.ZodType> = z.output<T>;

/** How each side stands to the other: `parent` and `grandparent` read "A is the parent of B". */
const SIDES: Record<RelationshipKind, { aIsToB: RelationshipRole; bIsToA: RelationshipRole }> = {
  partner: { aIsToB: 'partner', bIsToA: 'partner' },
  spouse: { aIsToB: 'spouse', bIsToA: 'spouse' },
  parent: { aIsToB: 'parent', bIsToA: 'child' },
  grandparent: { aIsToB: 'grandparent', bIsToA: 'grandchild' },
  sibling: { aIsToB: 'sibling', bIsToA: 'sibling' },
  friend: { aIsToB: 'friend', bIsToA: 'friend' },
  colleague: { aIsToB: 'colleague', bIsToA: 'colleague' },
  other: { aIsToB: 'other', bIsToA: 'other' },
};

/** The order relatives are shown in, closest first. */
const ROLE_ORDER: readonly RelationshipRole[] = ['spouse', 'partner', 'parent', 'child', 'sibling', 'grandparent', 'grandchild', 'friend', 'colleague', 'other'];

/** Kinds whose people are told about a death: partners and spouses (former too), parents, children, grandparents, grandchildren, siblings. */
const CLOSE_KINDS: RelationshipKind[] = ['partner', 'spouse', 'parent', 'grandparent', 'sibling'];

const KIND_WORDS: Record<RelationshipKind, string> = {
  partner: 'partner',
  spouse: 'spouse',
  parent: 'parent–child',
  grandparent: 'grandparent–grandchild',
  sibling: 'sibling',
  friend: 'friend',
  colleague: 'colleague',
  other: '"other"',
};

/**
 * The stored relationship for "`relativeId` is `relativeIs` of `personId`": a grandchild is
 * stored as "personId is the grandparent of relativeId".
 */
export function relationshipFor(personId: number, relativeId: number, relativeIs: RelationshipRole): { personAId: number; personBId: number; kind: RelationshipKind } {
  switch (relativeIs) {
    case 'child':
      return { personAId: personId, personBId: relativeId, kind: 'parent' };
    case 'grandchild':
      return { personAId: personId, personBId: relativeId, kind: 'grandparent' };
    case 'parent':
    case 'grandparent':
      return { personAId: relativeId, personBId: personId, kind: relativeIs };
    default:
      return { personAId: personId, personBId: relativeId, kind: relativeIs };
  }
}

export function relationshipsRepository(db: Db, clock: Clock) {
  const get = (id: number): Relationship => {
    const row = db.select().from(relationships).where(eq(relationships.id, id)).get();
    if (!row) throw notFound('Relationship', id);
    return toRelationship(row);
  };

  /** The same kind may hold only once at a time between two people, whichever way round it was entered. */
  const refuseDuplicate = ({ personAId, personBId, kind, until }: Pick<Relationship, 'personAId' | 'personBId' | 'kind' | 'until'>, exceptId?: number) => {
    if (until !== null) return;
    const samePair = or(
      and(eq(relationships.personAId, personAId), eq(relationships.personBId, personBId)),
      and(eq(relationships.personAId, personBId), eq(relationships.personBId, personAId)),
    );
    const twin = db
      .select({ id: relationships.id })
      .from(relationships)
      .where(and(samePair, eq(relationships.kind, kind), isNull(relationships.until), exceptId === undefined ? undefined : ne(relationships.id, exceptId)))
      .get();
    if (!twin) return;
    const a = displayName(requirePerson(db, personAId));
    const b = displayName(requirePerson(db, personBId));
    throw new AppFailure('conflict', `${a} and ${b} already have a current ${KIND_WORDS[kind]} relationship. Edit or end that one instead of adding another.`);
  };

  /** Relationships seen from `personId`, with the other person; people in the trash are left out. */
  const sides = (personId: number, kinds?: RelationshipKind[]): RelativeView[] => {
    const ofKind = kinds ? inArray(relationships.kind, kinds) : undefined;
    const asA = db
      .select({ rel: relationships, other: people })
      .from(relationships)
      .innerJoin(people, eq(people.id, relationships.personBId))
      .where(and(eq(relationships.personAId, personId), isNull(people.deletedAt), ofKind))
      .all()
      .map(({ rel, other }) => ({ relationship: toRelationship(rel), other: toPerson(other), otherIs: SIDES[rel.kind].bIsToA }));
    const asB = db
      .select({ rel: relationships, other: people })
      .from(relationships)
      .innerJoin(people, eq(people.id, relationships.personAId))
      .where(and(eq(relationships.personBId, personId), isNull(people.deletedAt), ofKind))
      .all()
      .map(({ rel, other }) => ({ relationship: toRelationship(rel), other: toPerson(other), otherIs: SIDES[rel.kind].aIsToB }));
    return [...asA, ...asB];
  };

  const viewFrom = (personId: number, relationship: Relationship): RelativeView => {
    const otherId = relationship.personAId === personId ? relationship.personBId : relationship.personAId;
    const standing = SIDES[relationship.kind];
    return { relationship, other: toPerson(requirePerson(db, otherId)), otherIs: relationship.personAId === personId ? standing.bIsToA : standing.aIsToB };
  };

  const create = (input: Parsed<typeof RelationshipCreate>): Relationship => {
    if (input.personAId === input.personBId) throw new AppFailure('invalid_input', 'A person cannot be related to themselves. Choose someone else.');
    requirePerson(db, input.personAId);
    requirePerson(db, input.personBId);
    refuseEndBeforeStart(input.since, input.until, 'the relationship');
    refuseDuplicate(input);
    const now = isoNow(clock);
    return toRelationship(db.insert(relationships).values({ ...input, createdAt: now, updatedAt: now }).returning().get());
  };

  return {
    get,
    create,
    viewFrom,

    /** Current relationships first, closest kinds first, then by name. */
    relativesOf(personId: number): RelativeView[] {
      requirePerson(db, personId);
      const rank = (v: RelativeView) => [v.relationship.current ? 0 : 1, ROLE_ORDER.indexOf(v.otherIs)] as const;
      return sides(personId).sort((x, y) => {
        const [cx, rx] = rank(x);
        const [cy, ry] = rank(y);
        return cx - cy || rx - ry || x.other.displayName.localeCompare(y.other.displayName);
      });
    },

    /** Ids of the family told about a death: current and former partners, parents, children, grandparents, grandchildren, siblings. */
    closeRelativeIds(personId: number): number[] {
      return [...new Set(sides(personId, CLOSE_KINDS).map((v) => v.other.id))];
    },

    update({ id, ...patch }: Parsed<typeof RelationshipUpdate>): Relationship {
      const changes = definedFields(patch);
      const next = { ...get(id), ...changes };
      refuseEndBeforeStart(next.since, next.until, 'the relationship');
      refuseDuplicate(next, id);
      db.update(relationships).set({ ...changes, updatedAt: isoNow(clock) }).where(eq(relationships.id, id)).run();
      return get(id);
    },

    /** Ends it (a separation ends a partnership): from then on it is no longer current. */
    end({ id, until }: Parsed<typeof RelationshipEnd>): Relationship {
      refuseEndBeforeStart(get(id).since, until, 'the relationship');
      db.update(relationships).set({ until, updatedAt: isoNow(clock) }).where(eq(relationships.id, id)).run();
      return get(id);
    },

    delete(id: number): { id: number } {
      get(id);
      db.delete(relationships).where(eq(relationships.id, id)).run();
      return { id };
    },
  };
}

export type RelationshipsRepository = ReturnType<typeof relationshipsRepository>;
