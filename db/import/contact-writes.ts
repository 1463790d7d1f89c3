/** What a contacts import writes, worked out by contacts.ts, and the writing of it. */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { ClientCreate } from '../../src/contract/schemas/clients.ts';
import type { PersonCreate, PersonUpdate, RelationshipRole } from '../../src/contract/schemas/people.ts';
import type { ImportRecord } from '../../src/contract/schemas/transfer.ts';
import type { DetailInput } from '../../src/contract/schemas/contact-details.ts';
import type { ParsedContact } from '../../src/import/types.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { peopleRepository } from '../repositories/people.ts';
import { relationshipFor } from '../repositories/relationships.ts';
import { rolesRepository } from '../repositories/roles.ts';
import { birthdayColumns } from '../repositories/rows.ts';
import { clients } from '../schema/clients.ts';
import { contactDetails } from '../schema/contact-details.ts';
import { lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { transferProgress } from '../transfer/progress.ts';
import { preparedInsert } from './prepared-insert.ts';
import type { PersonTarget } from './people-matcher.ts';
import type { Tally } from './plan.ts';
import { contactKindsColumn } from '../repositories/clients.ts';

type Parsed<T extends z.ZodType> = z.output<T>;

/** A client a contact's organisation names: saved already, or one this import creates. */
export type ClientTarget =
  | { id: number; name: string; kind: 'business' | 'household' }
  | { id: null; name: string; kind: 'business'; create: Parsed<typeof ClientCreate>; record: ImportRecord };

export interface PersonStep {
  contact: ParsedContact;
  record: ImportRecord;
  target: PersonTarget;
  create: Parsed<typeof PersonCreate> | null;
  patch: Parsed<typeof PersonUpdate> | null;
  /** A new role at the client (roleId null), or a title for the role they have there. */
  role: { client: ClientTarget; title: string | null; roleId: number | null } | null;
  /** Numbers and addresses they do not have yet, in the card's order, labelled by its TYPE. */
  details: { phones: DetailInput[]; emails: DetailInput[] } | null;
  /** A date of death from the card, for someone not yet marked as deceased. */
  diedOn?: string;
}

export interface RelativeStep {
  record: ImportRecord;
  from: PersonTarget;
  to: PersonTarget;
  /** What `to` is to `from`. */
  relativeIs: RelationshipRole;
}

export interface WeddingStep {
  record: ImportRecord;
  couple: PersonTarget[];
  date: string;
}

const roleAt = (client: ClientTarget) => (client.kind === 'household' ? 'family' : 'staff');

/**
 * New rows go in through one prepared statement per table, reused (the plan has already
 * validated them and found every client and person they refer to); updates of saved people and
 * roles, which a re-import makes a few of, go through the repositories and their rules. Records
 * marked error or skip are left out. The search index follows through its triggers.
 */
export function writeContacts(db: Db, sqlite: Database.Database, clock: Clock, tally: Tally, steps: PersonStep[], relatives: RelativeStep[], weddings: WeddingStep[]): void {
  const now = isoNow(clock);
  const insert = {
    client: preparedInsert(sqlite, clients, now),
    person: preparedInsert(sqlite, people, now),
    role: preparedInsert(sqlite, roles, now),
    relationship: preparedInsert(sqlite, relationships, now),
    event: preparedInsert(sqlite, lifeEvents, now),
    eventPerson: preparedInsert(sqlite, lifeEventPeople, now),
    detail: preparedInsert(sqlite, contactDetails, now),
  };
  const lastPosition = sqlite.prepare<[number, string], { last: number | null }>('select max(position) as last from contact_details where person_id = ? and kind = ?');
  const labelFirst = sqlite.prepare<[string, number, string]>('update contact_details set label = ? where person_id = ? and kind = ? and position = 0');
  const repos = { people: peopleRepository(db, clock), roles: rolesRepository(db, clock) };
  const created = new Map<ClientTarget, number>();
  const clientId = (client: ClientTarget): number => {
    if (client.id !== null) return client.id;
    const id = created.get(client) ?? insert.client({ ...client.create, rhythmContactKinds: contactKindsColumn(client.create.rhythmContactKinds) });
    if (!created.has(client)) tally.create('client');
    created.set(client, id);
    return id;
  };
  for (const [i, step] of steps.entries()) {
    if (i % 250 === 0) transferProgress(i, steps.length, 'writing');
    if (step.record.action === 'error' || step.record.action === 'skip') continue;
    // Someone new goes in with the card's first number and address, which the insert makes the
    // head of their lists (search indexes them once); the card's other entries follow below.
    const firsts = step.create && step.details ? { phone: step.details.phones[0], email: step.details.emails[0] } : {};
    if (step.create) {
      const { birthday, clientId: _client, role: _role, ...fields } = step.create;
      step.target.id = insert.person({ ...fields, ...birthdayColumns(birthday), phone: firsts.phone?.value ?? null, email: firsts.email?.value ?? null });
      tally.create('person');
    }
    if (step.patch) {
      repos.people.update(step.patch);
      tally.update('person');
    }
    if (step.details && step.target.id !== null) {
      const personId = step.target.id;
      // After what they have (a new person has nothing yet): the card's first number is primary only if they had none.
      for (const kind of ['phone', 'email'] as const) {
        const entries = kind === 'phone' ? step.details.phones : step.details.emails;
        const first = firsts[kind];
        if (first?.label) labelFirst.run(first.label, personId, kind);
        const last = first ? 0 : (lastPosition.get(personId, kind)?.last ?? null);
        for (const [i, entry] of entries.slice(first ? 1 : 0).entries()) insert.detail({ personId, clientId: null, kind, value: entry.value, label: entry.label, position: (last ?? -1) + 1 + i });
      }
      if (!step.create && !step.patch && step.details.phones.length + step.details.emails.length > 0) tally.update('person');
    }
    const { role, target } = step;
    if (!role || target.id === null) continue;
    if (role.roleId !== null) {
      repos.roles.update({ id: role.roleId, title: role.title });
      tally.update('role');
    } else {
      insert.role({ personId: target.id, clientId: clientId(role.client), role: roleAt(role.client), title: role.title, since: null, until: null });
      tally.create('role');
    }
  }
  for (const { record, from, to, relativeIs } of relatives) {
    if (record.action !== 'new' || from.id === null || to.id === null) continue;
    insert.relationship({ ...relationshipFor(from.id, to.id, relativeIs), since: null, until: null, notes: null });
    tally.create('relationship');
  }
  for (const { record, couple, date } of weddings) {
    const ids = couple.flatMap((t) => (t.id === null ? [] : [t.id]));
    if (record.action !== 'new' || ids.length !== couple.length) continue;
    const eventId = insert.event({ typeKey: 'wedding', title: record.label.slice(0, 200), date, precision: 'day', endDate: null, ongoing: false, toneOverride: null, clientId: null, notes: null });
    for (const personId of new Set(ids)) insert.eventPerson({ eventId, personId });
    tally.create('event');
  }
  // Last, so the family the card brought is told: the same door as "Mark as deceased".
  for (const step of steps) {
    if (step.diedOn === undefined || step.target.id === null || step.record.action === 'error' || step.record.action === 'skip') continue;
    repos.people.markDeceased({ id: step.target.id, diedOn: step.diedOn, createEvent: true, notes: null });
    tally.update('person');
  }
}
