import { z } from 'zod';
import { Id, requiredText } from './common.ts';

/** A tag as a client or person wears it. */
export interface TagRef {
  id: number;
  name: string;
  /** The visit rhythm, in days, of clients with this tag that have none of their own. */
  rhythmDays: number | null;
}

/** A tag in the list of tags: how many clients and people wear it (the trash left out). */
export interface Tag extends TagRef {
  clients: number;
  people: number;
}

export const TagName = requiredText(60, 'The tag', 'Give the tag a name, e.g. “on retainer”.').refine((name) => !/[\r\n]/.test(name), 'A tag is one line: type it without line breaks.');

export const TagRhythm = z
  .number({ error: 'The tag’s visit rhythm must be a number of days.' })
  .int('The tag’s visit rhythm must be a whole number of days.')
  .min(1, 'The tag’s visit rhythm must be at least 1 day.')
  .max(730, 'The tag’s visit rhythm must be at most 730 days.')
  .nullable();

const owner = { clientId: Id.optional(), personId: Id.optional() };
/** Exactly one of a client or a person: whose tags. */
const oneOwner = (v: { clientId?: number | undefined; personId?: number | undefined }) => (v.clientId === undefined) !== (v.personId === undefined);
const ONE_OWNER = { message: 'Say whose tags these are: a clientId or a personId, not both.', path: ['clientId'] };

export const TagsOf = z.object(owner).strict().refine(oneOwner, ONE_OWNER);
export type TagsOf = z.input<typeof TagsOf>;

/** Puts a tag on a client or person by name; a name not yet known makes a new tag ("On retainer" and "on retainer" are one). */
export const TagAdd = z.object({ ...owner, name: TagName }).strict().refine(oneOwner, ONE_OWNER);
export type TagAdd = z.input<typeof TagAdd>;

export const TagRemove = z.object({ ...owner, tagId: Id }).strict().refine(oneOwner, ONE_OWNER);
export type TagRemove = z.input<typeof TagRemove>;

/** Renames a tag or sets its rhythm (null: none). */
export const TagUpdate = z.object({ id: Id, name: TagName.optional(), rhythmDays: TagRhythm.optional() }).strict();
export type TagUpdate = z.input<typeof TagUpdate>;

/** Deleting a tag takes it off everyone: for good, so it must be confirmed. */
export const TagDelete = z.object({ id: Id, confirm: z.literal(true, { error: 'Deleting a tag takes it off every client and person: confirm with confirm: true.' }) }).strict();
export type TagDelete = z.input<typeof TagDelete>;

export const TagList = z.object({}).strict().default({});
