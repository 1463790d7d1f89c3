import { z } from 'zod';
import { EmailList, PhoneList } from './contact-details.ts';
import { CalendarDate, Id, optionalText, requiredText } from './common.ts';

export const TECH_COMFORT = ['low', 'medium', 'high'] as const;
export const FOLLOW_UP_CONSENT = ['yes', 'no', 'not_asked'] as const;
export const FOLLOW_UP_CHANNELS = ['phone', 'email', 'text', 'visit'] as const;

export interface Birthday {
  month: number;
  day: number;
  year: number | null;
}

export interface Person {
  id: number;
  givenName: string;
  familyName: string | null;
  nickname: string | null;
  /** "Sue Baker", or just "Lily". */
  displayName: string;
  birthday: Birthday | null;
  diedOn: string | null;
  phone: string | null;
  email: string | null;
  interests: string | null;
  preferences: string | null;
  techComfort: (typeof TECH_COMFORT)[number] | null;
  explainHow: string | null;
  followUpConsent: (typeof FOLLOW_UP_CONSENT)[number];
  followUpChannel: (typeof FOLLOW_UP_CHANNELS)[number] | null;
  followUpTimes: string | null;
  notes: string | null;
  externalUid: string | null;
  createdAt: string;
  updatedAt: string;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const BirthdayInput = z
  .object({
    month: z.number().int().min(1, 'Month must be 1-12.').max(12, 'Month must be 1-12.'),
    day: z.number().int().min(1, 'Day must be at least 1.').max(31, 'Day must be at most 31.'),
    year: z.number().int().min(1850, 'Birth year must be after 1850.').max(2200, 'Birth year looks wrong.').nullish().transform((v) => v ?? null),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.day > (DAYS_IN_MONTH[b.month - 1] ?? 31)) ctx.addIssue({ code: 'custom', path: ['day'], message: `There is no ${b.day} ${MONTH_NAMES[b.month - 1] ?? `month ${b.month}`}: check the day.` });
    const leap = b.year === null || (b.year % 4 === 0 && (b.year % 100 !== 0 || b.year % 400 === 0));
    if (b.month === 2 && b.day === 29 && !leap) ctx.addIssue({ code: 'custom', path: ['day'], message: `${b.year} was not a leap year, so there was no 29 February.` });
  });

const personFields = {
  givenName: requiredText(100, 'The first name', 'Give at least a first name (e.g. "Lily").'),
  familyName: optionalText(100, 'The family name'),
  nickname: optionalText(100, 'The nickname'),
  birthday: BirthdayInput.nullish().transform((v) => v ?? null),
  phone: optionalText(60, 'The phone number'),
  email: optionalText(200, 'The e-mail address'),
  /** Every number and address, first the primary one: replaces the lists (and `phone`/`email`, which hold the first). */
  phones: PhoneList.optional(),
  emails: EmailList.optional(),
  interests: optionalText(2000, 'Interests'),
  preferences: optionalText(2000, 'Preferences'),
  techComfort: z.enum(TECH_COMFORT, { error: 'Tech comfort must be low, medium or high.' }).nullish().transform((v) => v ?? null),
  explainHow: optionalText(2000, '"How to explain things"'),
  followUpConsent: z.enum(FOLLOW_UP_CONSENT, { error: 'Follow-up consent must be yes, no or not_asked.' }),
  followUpChannel: z.enum(FOLLOW_UP_CHANNELS, { error: 'The follow-up channel must be phone, email, text or visit.' }).nullish().transform((v) => v ?? null),
  followUpTimes: optionalText(200, 'Good times'),
  notes: optionalText(20000, 'Notes'),
  externalUid: optionalText(500, 'The external id'),
};

export const PersonCreate = z
  .object({
    ...personFields,
    followUpConsent: personFields.followUpConsent.default('not_asked'),
    /** Optionally give them a role at a client straight away. */
    clientId: Id.optional(),
    role: z.enum(['owner', 'manager', 'staff', 'family', 'other']).optional(),
  })
  .strict();
export type PersonCreate = z.input<typeof PersonCreate>;

export const PersonUpdate = z.object(personFields).partial().extend({ id: Id }).strict();
export type PersonUpdate = z.input<typeof PersonUpdate>;


const PAGE_SIZE = 'Give the page size (limit) as a whole number from 1 to 5,000.';
export const PersonList = z
  .object({
    clientId: Id.optional(),
    /** Only the people with this tag. */
    tagId: Id.optional(),
    includeDeceased: z.boolean().default(true),
    query: z.string().max(200).optional(),
    /** Only these people (to name them in a list that spans every client). */
    ids: z.array(Id).max(2_000).optional(),
    /** At most this many, in name order: a screen asks for a page, not for 20,000 people. */
    limit: z.number({ error: PAGE_SIZE }).int({ error: PAGE_SIZE }).min(1, { error: PAGE_SIZE }).max(5_000, { error: PAGE_SIZE }).optional(),
  })
  .strict()
  .default({ includeDeceased: true });

export const MarkDeceased = z
  .object({
    id: Id,
    diedOn: CalendarDate,
    /** Also record the death as a life event about them and their close relatives. */
    createEvent: z.boolean().default(true),
    notes: optionalText(5000, 'Notes'),
  })
  .strict();
export type MarkDeceased = z.input<typeof MarkDeceased>;

export const ROLE_KINDS = ['owner', 'manager', 'staff', 'family', 'other'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export interface Role {
  id: number;
  personId: number;
  clientId: number;
  role: RoleKind;
  title: string | null;
  since: string | null;
  until: string | null;
  /** True while the role has not ended. */
  active: boolean;
}

export const RoleCreate = z
  .object({
    personId: Id,
    clientId: Id,
    role: z.enum(ROLE_KINDS, { error: 'The role must be owner, manager, staff, family or other.' }),
    title: optionalText(100, 'The job title'),
    since: CalendarDate.nullish().transform((v) => v ?? null),
    until: CalendarDate.nullish().transform((v) => v ?? null),
  })
  .strict();
export const RoleUpdate = RoleCreate.omit({ personId: true, clientId: true }).partial().extend({ id: Id }).strict();
export const RoleEnd = z.object({ id: Id, until: CalendarDate }).strict();

export const RELATIONSHIP_KINDS = ['partner', 'spouse', 'parent', 'grandparent', 'sibling', 'friend', 'colleague', 'other'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];
const RelationshipKindSchema = z.enum(RELATIONSHIP_KINDS, { error: 'The relationship must be partner, spouse, parent, grandparent, sibling, friend, colleague or other.' });

/** How person `other` stands to the person you are looking at, e.g. "grandchild". */
export type RelationshipRole = 'partner' | 'spouse' | 'parent' | 'child' | 'grandparent' | 'grandchild' | 'sibling' | 'friend' | 'colleague' | 'other';

export interface Relationship {
  id: number;
  personAId: number;
  personBId: number;
  kind: RelationshipKind;
  since: string | null;
  until: string | null;
  notes: string | null;
  /** False once it has ended (a separation ends a partnership). */
  current: boolean;
}

/** A relationship seen from one person: "Lily is Sue's grandchild". */
export interface RelativeView {
  relationship: Relationship;
  other: Person;
  /** What `other` is to the person viewed. */
  otherIs: RelationshipRole;
}

export const RelationshipCreate = z
  .object({
    personAId: Id,
    personBId: Id,
    kind: RelationshipKindSchema,
    since: CalendarDate.nullish().transform((v) => v ?? null),
    until: CalendarDate.nullish().transform((v) => v ?? null),
    notes: optionalText(2000, 'Notes'),
  })
  .strict()
  .refine((r) => r.personAId !== r.personBId, { message: 'A person cannot be related to themselves.', path: ['personBId'] });
export const RelationshipUpdate = z
  .object({ id: Id, kind: RelationshipKindSchema.optional(), since: CalendarDate.nullish(), until: CalendarDate.nullish(), notes: optionalText(2000, 'Notes').optional() })
  .strict();
export const RelationshipEnd = z.object({ id: Id, until: CalendarDate }).strict();

/** "Add grandchild → Lily" in one call: creates the person and the relationship together. */
export const AddRelative = z
  .object({
    personId: Id,
    /** What the new person is to `personId`. */
    relativeIs: z.enum(['partner', 'spouse', 'parent', 'child', 'grandparent', 'grandchild', 'sibling', 'friend', 'colleague', 'other']),
    relative: z.union([z.object({ existingId: Id }).strict(), PersonCreate]),
    since: CalendarDate.nullish().transform((v) => v ?? null),
  })
  .strict();
