import { z } from 'zod';
import { Id, Instant, optionalText, requiredText } from './common.ts';

/** A contact that was not a visit: a phone call, an e-mail, a message or a remote session. */
export const CONTACT_KINDS = ['call', 'email', 'message', 'remote'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_WORDS: Readonly<Record<ContactKind, string>> = { call: 'phone call', email: 'e-mail', message: 'message', remote: 'remote session' };

export const ContactKindSchema = z.enum(CONTACT_KINDS, { error: 'The kind of contact must be call, email, message or remote.' });

export interface Contact {
  id: number;
  clientId: number;
  clientName: string;
  personId: number | null;
  /** The person's name as it is now, for lists that span people. */
  personName: string | null;
  kind: ContactKind;
  occurredAt: string;
  summary: string;
  promised: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

const contactFields = {
  clientId: Id,
  personId: Id.nullish().transform((v) => v ?? null),
  kind: ContactKindSchema,
  occurredAt: Instant,
  summary: requiredText(500, 'What it was about', 'Say what it was about (e.g. "Printer jams again").'),
  promised: optionalText(5000, 'What you promised'),
  notes: optionalText(20000, 'Notes'),
};

/**
 * A promise made in the contact, to be kept by a follow-up (made in the same transaction and
 * linked to the contact).
 */
const FollowUpFromContact = z
  .object({
    dueAt: Instant,
    kind: z.enum(['call', 'email', 'visit', 'check'], { error: 'The follow-up must be a call, email, visit or check.' }),
    context: optionalText(20000, 'The context'),
  })
  .strict();

export const ContactCreate = z.object({ ...contactFields, followUp: FollowUpFromContact.optional() }).strict();
export type ContactCreate = z.input<typeof ContactCreate>;
export const ContactUpdate = z.object(contactFields).partial().extend({ id: Id }).strict();
export type ContactUpdate = z.input<typeof ContactUpdate>;

const LIMIT = 'Give the number of contacts (limit) as a whole number from 1 to 500.';
export const ContactList = z
  .object({
    clientId: Id.optional(),
    personId: Id.optional(),
    limit: z.number({ error: LIMIT }).int({ error: LIMIT }).min(1, { error: LIMIT }).max(500, { error: LIMIT }).default(50),
  })
  .strict()
  .refine((f) => f.clientId !== undefined || f.personId !== undefined, { message: 'Say whose contacts to list: a client (clientId) or a person (personId).' });
export type ContactList = z.input<typeof ContactList>;

export interface ContactCreated {
  contact: Contact;
  /** The follow-up made from the promise, when one was asked for. */
  followUpId: number | null;
}
