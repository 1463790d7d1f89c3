import { and, asc, eq, max, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ContactDetail, ContactDetailAdd, ContactDetails, DetailInput, DetailKind } from '../../src/contract/schemas/contact-details.ts';
import { detailKey, withoutRepeats } from '../../src/people/contact-details.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { contactDetails } from '../schema/contact-details.ts';
import { requireClient, requirePerson } from './references.ts';

/** Whose numbers and addresses: a person's or a client's. */
export type DetailOwner = { personId: number } | { clientId: number };

const ownedBy = (owner: DetailOwner): SQL => ('personId' in owner ? eq(contactDetails.personId, owner.personId) : eq(contactDetails.clientId, owner.clientId));
const ownerColumns = (owner: DetailOwner) => ('personId' in owner ? { personId: owner.personId, clientId: null } : { personId: null, clientId: owner.clientId });

/** `{ personId }` or `{ clientId }` from input that has one of them (the schemas check there is exactly one). */
export const ownerOf = (input: { personId?: number | undefined; clientId?: number | undefined }): DetailOwner =>
  input.personId !== undefined ? { personId: input.personId } : { clientId: input.clientId! };

/**
 * Phone numbers and e-mail addresses, in order. The first of each kind is the primary one;
 * triggers copy it into the owner's `phone`/`email` and put every number into the search index.
 */
export function contactDetailsRepository(db: Db, clock: Clock) {
  const read = (owner: DetailOwner): ContactDetails => {
    const rows = db
      .select({ id: contactDetails.id, kind: contactDetails.kind, value: contactDetails.value, label: contactDetails.label })
      .from(contactDetails)
      .where(ownedBy(owner))
      .orderBy(asc(contactDetails.position), asc(contactDetails.id))
      .all();
    const ofKind = (kind: DetailKind): ContactDetail[] => rows.filter((r) => r.kind === kind);
    return { phones: ofKind('phone'), emails: ofKind('email') };
  };

  const requireOwner = (owner: DetailOwner) => ('personId' in owner ? requirePerson(db, owner.personId) : requireClient(db, owner.clientId));

  /** The whole list of one kind, as given (a number given twice kept once). */
  const replace = (owner: DetailOwner, kind: DetailKind, entries: readonly DetailInput[]): void => {
    db.delete(contactDetails).where(and(ownedBy(owner), eq(contactDetails.kind, kind))).run();
    const now = isoNow(clock);
    const kept = withoutRepeats(kind, entries);
    if (kept.length === 0) return;
    db.insert(contactDetails)
      .values(kept.map((entry, position) => ({ ...ownerColumns(owner), kind, value: entry.value, label: entry.label, position, createdAt: now, updatedAt: now })))
      .run();
  };

  return {
    read,
    replace,

    list(owner: DetailOwner): ContactDetails {
      requireOwner(owner);
      return read(owner);
    },

    /** One more at the end of the list; one they already have (however written) only takes the label, if given. */
    add(input: z.output<typeof ContactDetailAdd>): ContactDetails {
      const owner = ownerOf(input);
      requireOwner(owner);
      const current = read(owner)[input.kind === 'phone' ? 'phones' : 'emails'];
      const key = detailKey(input.kind, input.value);
      const same = current.find((d) => detailKey(input.kind, d.value) === key);
      const now = isoNow(clock);
      if (same) {
        if (input.label !== null) db.update(contactDetails).set({ label: input.label, updatedAt: now }).where(eq(contactDetails.id, same.id)).run();
      } else {
        const { last } = db.select({ last: max(contactDetails.position) }).from(contactDetails).where(and(ownedBy(owner), eq(contactDetails.kind, input.kind))).get() ?? { last: null };
        const position = last === null ? 0 : last + 1;
        db.insert(contactDetails).values({ ...ownerColumns(owner), kind: input.kind, value: input.value, label: input.label, position, createdAt: now, updatedAt: now }).run();
      }
      return read(owner);
    },
  };
}

export type ContactDetailsRepository = ReturnType<typeof contactDetailsRepository>;
