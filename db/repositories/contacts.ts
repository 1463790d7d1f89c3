import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { AppFailure, notFound } from '../../src/contract/result.ts';
import { CONTACT_KIND_WORDS, type Contact, type ContactCreate, type ContactCreated, type ContactList, type ContactUpdate } from '../../src/contract/schemas/contacts.ts';
import type { TrashItem } from '../../src/contract/schemas/trash.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { contacts } from '../schema/contacts.ts';
import { people } from '../schema/people.ts';
import { followUps } from '../schema/work.ts';
import { requireClient, requirePerson } from './references.ts';
import { displayName } from './rows.ts';

type Row = typeof contacts.$inferSelect;
type Parsed<T extends z.ZodType> = z.output<T>;

const toContact = ({ deletedAt: _deleted, ...row }: Row, clientName: string, person: { givenName: string; familyName: string | null } | null): Contact => ({
  ...row,
  clientName,
  personName: person === null ? null : displayName(person),
});

/** "Phone call with Sue Baker" / "E-mail to Smith Dental": how the trash and lists name a contact. */
export const contactLabel = (c: Pick<Contact, 'kind' | 'clientName' | 'personName'>): string => {
  const what = CONTACT_KIND_WORDS[c.kind];
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} with ${c.personName ?? c.clientName}`;
};

/**
 * Calls, e-mails, messages and remote sessions: the contacts that are not visits. Each resets
 * the client's rhythm (clients.last_contact_at, kept by triggers) unless the client's setting
 * leaves its kind out. Lists run on contacts_client_occurred_idx / contacts_person_occurred_idx.
 */
export function contactsRepository(db: Db, clock: Clock) {
  const select = ({ id, clientId, personId }: { id?: number; clientId?: number; personId?: number }) =>
    db
      .select({ contact: contacts, clientName: clients.name, givenName: people.givenName, familyName: people.familyName })
      .from(contacts)
      .innerJoin(clients, eq(clients.id, contacts.clientId))
      .leftJoin(people, eq(people.id, contacts.personId))
      .where(
        and(
          isNull(contacts.deletedAt),
          isNull(clients.deletedAt),
          id === undefined ? undefined : eq(contacts.id, id),
          clientId === undefined ? undefined : eq(contacts.clientId, clientId),
          personId === undefined ? undefined : eq(contacts.personId, personId),
        ),
      )
      .orderBy(desc(contacts.occurredAt), desc(contacts.id));

  type Selected = Awaited<ReturnType<ReturnType<typeof select>['all']>>[number];
  const fromSelected = (r: Selected): Contact => toContact(r.contact, r.clientName, r.givenName === null ? null : { givenName: r.givenName, familyName: r.familyName });

  const get = (id: number): Contact => {
    const row = select({ id }).get();
    if (!row) throw notFound('Contact', id);
    return fromSelected(row);
  };

  /** The client must exist; the person too, and not have died before the contact. */
  const checkReferences = ({ clientId, personId, occurredAt }: { clientId: number; personId: number | null; occurredAt: string }) => {
    requireClient(db, clientId);
    if (personId === null) return;
    const person = requirePerson(db, personId);
    if (person.diedOn !== null && person.diedOn < occurredAt.slice(0, 10)) {
      throw new AppFailure('invalid_input', `${displayName(person)} died on ${person.diedOn}, before this contact. Choose who it was with, or nobody.`);
    }
  };

  return {
    get,

    list({ clientId, personId, limit }: Parsed<typeof ContactList>): Contact[] {
      return select({ clientId, personId }).limit(limit).all().map(fromSelected);
    },

    /** Logs the contact, and the follow-up for what was promised when one is asked for, in the caller's transaction. */
    create({ followUp, ...input }: Parsed<typeof ContactCreate>): ContactCreated {
      checkReferences(input);
      const now = isoNow(clock);
      const row = db
        .insert(contacts)
        .values({ ...input, createdAt: now, updatedAt: now })
        .returning({ id: contacts.id })
        .get();
      const followUpId =
        followUp === undefined
          ? null
          : db
              .insert(followUps)
              .values({
                clientId: input.clientId,
                personId: input.personId,
                dueAt: followUp.dueAt,
                kind: followUp.kind,
                context: followUp.context ?? input.promised ?? input.summary,
                sourceContactId: row.id,
                createdAt: now,
                updatedAt: now,
              })
              .returning({ id: followUps.id })
              .get().id;
      return { contact: get(row.id), followUpId };
    },

    update({ id, ...patch }: Parsed<typeof ContactUpdate>): Contact {
      const current = get(id);
      const next = { ...current, ...patch };
      if (patch.clientId !== undefined || patch.personId !== undefined || patch.occurredAt !== undefined) {
        checkReferences({ clientId: next.clientId, personId: patch.personId === undefined && next.clientId === current.clientId ? null : next.personId, occurredAt: next.occurredAt });
      }
      db.update(contacts)
        .set({ ...patch, updatedAt: isoNow(clock) })
        .where(eq(contacts.id, id))
        .run();
      return get(id);
    },

    trash(id: number): TrashItem {
      const contact = get(id);
      const now = isoNow(clock);
      db.update(contacts).set({ deletedAt: now, updatedAt: now }).where(eq(contacts.id, id)).run();
      // Worded as the trash list words it.
      return { entity: 'contact', id, label: `${contactLabel(contact)},`, day: contact.occurredAt.slice(0, 10), deletedAt: now };
    },
  };
}

export type ContactsRepository = ReturnType<typeof contactsRepository>;
