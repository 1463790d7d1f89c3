/** What a contacts import writes, worked out by contacts.ts, and the writing of it. */
import type { z } from 'zod';
import type { ClientCreate } from '../../src/contract/schemas/clients.ts';
import type { LifeEventCreate } from '../../src/contract/schemas/events.ts';
import type { PersonCreate, PersonUpdate, RelationshipRole } from '../../src/contract/schemas/people.ts';
import type { ImportRecord } from '../../src/contract/schemas/transfer.ts';
import type { ParsedContact } from '../../src/import/types.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clientsRepository } from '../repositories/clients.ts';
import { lifeEventsRepository } from '../repositories/life-events.ts';
import { peopleRepository } from '../repositories/people.ts';
import { relationshipFor, relationshipsRepository } from '../repositories/relationships.ts';
import { rolesRepository } from '../repositories/roles.ts';
import type { PersonTarget } from './people-matcher.ts';
import type { Tally } from './plan.ts';

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

/** Through the repositories, so every rule and the search index apply; records marked error or skip are left out. */
export function writeContacts(db: Db, clock: Clock, tally: Tally, steps: PersonStep[], relatives: RelativeStep[], weddings: WeddingStep[]): void {
  const repos = {
    clients: clientsRepository(db, clock),
    people: peopleRepository(db, clock),
    roles: rolesRepository(db, clock),
    relationships: relationshipsRepository(db, clock),
    events: lifeEventsRepository(db, clock),
  };
  const created = new Map<ClientTarget, number>();
  const clientId = (client: ClientTarget): number => {
    if (client.id !== null) return client.id;
    const id = created.get(client) ?? repos.clients.create(client.create).id;
    if (!created.has(client)) tally.create('client');
    created.set(client, id);
    return id;
  };
  for (const step of steps) {
    if (step.record.action === 'error' || step.record.action === 'skip') continue;
    if (step.create) {
      step.target.id = repos.people.create(step.create).id;
      tally.create('person');
    }
    if (step.patch) {
      repos.people.update(step.patch);
      tally.update('person');
    }
    const { role, target } = step;
    if (!role || target.id === null) continue;
    if (role.roleId !== null) {
      repos.roles.update({ id: role.roleId, title: role.title });
      tally.update('role');
    } else {
      repos.roles.create({ personId: target.id, clientId: clientId(role.client), role: roleAt(role.client), title: role.title, since: null, until: null });
      tally.create('role');
    }
  }
  for (const { record, from, to, relativeIs } of relatives) {
    if (record.action !== 'new' || from.id === null || to.id === null) continue;
    repos.relationships.create({ ...relationshipFor(from.id, to.id, relativeIs), since: null, until: null, notes: null });
    tally.create('relationship');
  }
  for (const { record, couple, date } of weddings) {
    const ids = couple.flatMap((t) => (t.id === null ? [] : [t.id]));
    if (record.action !== 'new' || ids.length !== couple.length) continue;
    const event: Parsed<typeof LifeEventCreate> = {
      typeKey: 'wedding',
      title: record.label.slice(0, 200),
      date,
      precision: 'day',
      endDate: null,
      ongoing: false,
      toneOverride: null,
      clientId: null,
      notes: null,
      personIds: ids,
      subjectId: null,
    };
    repos.events.create(event);
    tally.create('event');
  }
  // Last, so the family the card brought is told: the same door as "Mark as deceased".
  for (const step of steps) {
    if (step.diedOn === undefined || step.target.id === null || step.record.action === 'error' || step.record.action === 'skip') continue;
    repos.people.markDeceased({ id: step.target.id, diedOn: step.diedOn, createEvent: true, notes: null });
    tally.update('person');
  }
}
