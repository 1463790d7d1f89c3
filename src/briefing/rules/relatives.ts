import type { Relation } from '../circle.ts';
import { callName } from '../names.ts';
import type { Person } from '../snapshot.ts';

/** "Tom (Sue's spouse)": how the briefing names someone through their relation to the person asked. */
export const relativeOf = (person: Person, relation: Relation): string => `${callName(relation.other)} (${callName(person)}'s ${relation.label})`;
