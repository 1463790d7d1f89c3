import type { ContactKind } from '../../src/contract/schemas/contacts.ts';
import type { ClientKind } from '../../src/contract/schemas/clients.ts';
import type { Person, RelationshipRole, RoleKind } from '../../src/contract/schemas/people.ts';
import type { VisitStatus } from '../../src/contract/schemas/visits.ts';
import type { FollowUpKind } from '../../src/contract/schemas/work.ts';

export const CLIENT_KIND_LABEL: Record<ClientKind, string> = { business: 'Business', household: 'Household' };

export const ROLE_LABEL: Record<RoleKind, string> = { owner: 'Owner', manager: 'Manager', staff: 'Staff', family: 'Family', other: 'Other' };

export const RELATION_LABEL: Record<RelationshipRole, string> = {
  partner: 'Partner',
  spouse: 'Spouse',
  parent: 'Parent',
  child: 'Child',
  grandparent: 'Grandparent',
  grandchild: 'Grandchild',
  sibling: 'Sibling',
  friend: 'Friend',
  colleague: 'Colleague',
  other: 'Other',
};

export const VISIT_STATUS_LABEL: Record<VisitStatus, string> = { planned: 'Planned', completed: 'Done', cancelled: 'Cancelled' };

export const FOLLOW_UP_KIND_LABEL: Record<FollowUpKind, string> = { call: 'Call', email: 'E-mail', visit: 'Visit', check: 'Check' };

export const TECH_COMFORT_LABEL: Record<NonNullable<Person['techComfort']>, string> = {
  low: 'Not comfortable: go slowly, no jargon',
  medium: 'Fairly comfortable',
  high: 'Very comfortable: happy with detail',
};

export const CONSENT_LABEL: Record<Person['followUpConsent'], string> = { yes: 'Happy to be followed up', no: 'Please do not follow up', not_asked: 'Not asked yet' };

/** The same answer as a sentence on the person's page, where a bare "Not asked yet" reads oddly. */
export const CONSENT_FACT: Record<Person['followUpConsent'], string> = {
  yes: 'Happy to be followed up after a job',
  no: 'Would rather not be followed up',
  not_asked: 'You have not asked yet whether they would like a follow-up after a job',
};

export const CHANNEL_LABEL: Record<NonNullable<Person['followUpChannel']>, string> = { phone: 'Phone', email: 'E-mail', text: 'Text message', visit: 'In person' };

/** "every 4 weeks", "every 10 days". */
export function rhythmText(days: number): string {
  if (days % 7 === 0) return days === 7 ? 'every week' : `every ${days / 7} weeks`;
  return days === 1 ? 'every day' : `every ${days} days`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "29 February" or "3 May 1951". */
export function birthdayText(b: NonNullable<Person['birthday']>): string {
  return `${b.day} ${MONTH_NAMES[b.month - 1]}${b.year ? ` ${b.year}` : ''}`;
}

export const CONTACT_KIND_LABEL: Record<ContactKind, string> = { call: 'Phone call', email: 'E-mail', message: 'Message', remote: 'Remote session' };
