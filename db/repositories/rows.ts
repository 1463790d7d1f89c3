import type { Acknowledgement } from '../../src/contract/schemas/events.ts';
import type { Birthday, Person, Relationship, Role } from '../../src/contract/schemas/people.ts';
import type { acknowledgements } from '../schema/life-events.ts';
import type { people, relationships, roles } from '../schema/people.ts';

/** Row → contract mappers for people, roles, relationships and acknowledgements. */

export type PersonRow = typeof people.$inferSelect;
type RoleRow = typeof roles.$inferSelect;
type RelationshipRow = typeof relationships.$inferSelect;
type AcknowledgementRow = typeof acknowledgements.$inferSelect;

/** "Sue Baker", or just "Lily" when no family name is known. */
export const displayName = ({ givenName, familyName }: Pick<PersonRow, 'givenName' | 'familyName'>): string =>
  familyName ? `${givenName} ${familyName}` : givenName;

export const birthdayColumns = (birthday: Birthday | null) => ({
  birthdayMonth: birthday?.month ?? null,
  birthdayDay: birthday?.day ?? null,
  birthdayYear: birthday?.year ?? null,
});

export function toPerson({ birthdayMonth, birthdayDay, birthdayYear, deletedAt: _deleted, ...row }: PersonRow): Person {
  const birthday = birthdayMonth !== null && birthdayDay !== null ? { month: birthdayMonth, day: birthdayDay, year: birthdayYear } : null;
  return { ...row, displayName: displayName(row), birthday };
}

export const toRole = ({ createdAt: _c, updatedAt: _u, ...row }: RoleRow): Role => ({ ...row, active: row.until === null });

export const toRelationship = ({ createdAt: _c, updatedAt: _u, ...row }: RelationshipRow): Relationship => ({ ...row, current: row.until === null });

export const toAcknowledgement = ({ createdAt: _c, updatedAt: _u, ...row }: AcknowledgementRow): Acknowledgement => row;
