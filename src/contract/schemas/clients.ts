import { z } from 'zod';
import { EmailList, PhoneList } from './contact-details.ts';
import { Id, optionalText, requiredText } from './common.ts';
import { ContactKindSchema, type ContactKind } from './contacts.ts';

export const CLIENT_KINDS = ['business', 'household'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export interface Client {
  id: number;
  name: string;
  kind: ClientKind;
  phone: string | null;
  email: string | null;
  address: string | null;
  accessHours: string | null;
  parking: string | null;
  askFor: string | null;
  siteNotes: string | null;
  /** Usual visit rhythm in days, e.g. 28 for "every 4 weeks". */
  rhythmDays: number | null;
  /** Which kinds of contact reset the rhythm as a visit does; null: every kind. */
  rhythmContactKinds: ContactKind[] | null;
  /** The shortest rhythm among the client's tags: theirs when the client has none of its own. */
  tagRhythmDays: number | null;
  notes: string | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * A client as the Clients list shows it and filters it as you type (name, address, phone,
 * e-mail): a fraction of the whole record, so a list of thousands arrives and is read quickly.
 */
export type ClientSummary = Pick<Client, 'id' | 'name' | 'kind' | 'phone' | 'email' | 'address' | 'archived'>;

const ClientKind = z.enum(CLIENT_KINDS, { error: 'Kind must be "business" or "household".' });

const clientFields = {
  name: requiredText(200, 'The name', 'Give the client a name.'),
  kind: ClientKind,
  phone: optionalText(60, 'The phone number'),
  email: optionalText(200, 'The e-mail address'),
  /** Every number and address, first the primary one: replaces the lists (and `phone`/`email`, which hold the first). */
  phones: PhoneList.optional(),
  emails: EmailList.optional(),
  address: optionalText(500, 'The address'),
  accessHours: optionalText(200, 'Access hours'),
  parking: optionalText(500, 'Parking'),
  askFor: optionalText(200, '"Ask for"'),
  siteNotes: optionalText(5000, 'Site notes'),
  rhythmDays: z
    .number({ error: 'The visit rhythm must be a number of days.' })
    .int('The visit rhythm must be a whole number of days.')
    .min(1, 'The visit rhythm must be at least 1 day.')
    .max(730, 'The visit rhythm must be at most 730 days.')
    .nullish()
    .transform((v) => v ?? null),
  rhythmContactKinds: z
    .array(ContactKindSchema, { error: 'Say which kinds of contact count for the rhythm (call, email, message, remote), or none.' })
    .max(4)
    .nullish()
    .transform((v) => (v == null ? null : [...new Set(v)])),
  notes: optionalText(20000, 'Notes'),
};

export const ClientCreate = z.object({ ...clientFields, kind: ClientKind.default('business') }).strict();
export type ClientCreate = z.input<typeof ClientCreate>;

export const ClientUpdate = z.object(clientFields).partial().extend({ id: Id }).strict();
export type ClientUpdate = z.input<typeof ClientUpdate>;

export const ClientArchive = z.object({ id: Id, archived: z.boolean({ error: 'Say whether the client is archived (true or false).' }) }).strict();
export type ClientArchive = z.input<typeof ClientArchive>;

export const ClientList = z
  .object({ includeArchived: z.boolean().default(false), /** Only the clients with this tag. */ tagId: Id.optional() })
  .strict()
  .default({ includeArchived: false });
export type ClientList = z.input<typeof ClientList>;
