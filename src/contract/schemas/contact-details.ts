import { z } from 'zod';
import { Id, optionalText, requiredText } from './common.ts';

/** A person's or a client's phone numbers and e-mail addresses, each with a label. */
export const DETAIL_KINDS = ['phone', 'email'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

/** The labels offered; any other text is allowed too ("Reception", "Daughter's mobile"). */
export const DETAIL_LABELS = ['mobile', 'home', 'work', 'other'] as const;

export interface ContactDetail {
  id: number;
  kind: DetailKind;
  value: string;
  label: string | null;
}

/** All of someone's numbers and addresses, the primary (first) one first. */
export interface ContactDetails {
  phones: ContactDetail[];
  emails: ContactDetail[];
}

const MAX_DETAILS = 20;

export const PhoneInput = z
  .object({
    value: requiredText(60, 'A phone number', 'Type the number, or remove the empty line.').refine((v) => v.replace(/[^0-9]/g, '').length >= 3, 'A phone number needs at least three digits (e.g. 07700 900123).'),
    label: optionalText(40, 'The label'),
  })
  .strict();
export const EmailInput = z
  .object({
    value: requiredText(200, 'An e-mail address', 'Type the address, or remove the empty line.').refine((v) => /^[^\s@]+@[^\s@]+$/.test(v), 'An e-mail address looks like name@example.com.'),
    label: optionalText(40, 'The label'),
  })
  .strict();
export type DetailInput = z.output<typeof PhoneInput>;

/** The whole list, in order: the first is the primary one (what `phone`/`email` hold). */
export const PhoneList = z.array(PhoneInput).max(MAX_DETAILS, `At most ${MAX_DETAILS} phone numbers.`);
export const EmailList = z.array(EmailInput).max(MAX_DETAILS, `At most ${MAX_DETAILS} e-mail addresses.`);

const Owner = { personId: Id.optional(), clientId: Id.optional() };
const oneOwner = (o: { personId?: number | undefined; clientId?: number | undefined }) => (o.personId === undefined) !== (o.clientId === undefined);
const OWNER_MESSAGE = 'Say whose details these are: a personId or a clientId (one of them).';

export const ContactDetailsOf = z.object(Owner).strict().refine(oneOwner, OWNER_MESSAGE);
export type ContactDetailsOf = z.input<typeof ContactDetailsOf>;

export const ContactDetailAdd = z
  .discriminatedUnion('kind', [z.object({ ...Owner, kind: z.literal('phone'), ...PhoneInput.shape }).strict(), z.object({ ...Owner, kind: z.literal('email'), ...EmailInput.shape }).strict()], {
    error: 'The kind must be phone or email.',
  })
  .refine(oneOwner, OWNER_MESSAGE);
export type ContactDetailAdd = z.input<typeof ContactDetailAdd>;
