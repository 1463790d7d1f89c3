import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PersonWithRole, RoleWithClient } from '../../src/contract/channels.ts';
import { AppFailure, notFound } from '../../src/contract/result.ts';
import type { Role, RoleCreate, RoleEnd, RoleUpdate } from '../../src/contract/schemas/people.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { people, roles } from '../schema/people.ts';
import { toClient } from './clients.ts';
import { refuseEndBeforeStart } from './date-spans.ts';
import { definedFields } from './patch.ts';
import { requireClient, requirePerson } from './references.ts';
import { displayName, toPerson, toRole } from './rows.ts';

type Parsed<T extends z.ZodType> = z.output<T>;
type RoleFields = Pick<Role, 'personId' | 'clientId' | 'role' | 'until'>;

export function rolesRepository(db: Db, clock: Clock) {
  const get = (id: number): Role => {
    const row = db.select().from(roles).where(eq(roles.id, id)).get();
    if (!row) throw notFound('Role', id);
    return toRole(row);
  };

  /** Only one active copy of the same role at the same client: a second would show them twice. */
  const refuseDuplicate = ({ personId, clientId, role, until }: RoleFields, exceptId?: number) => {
    if (until !== null) return;
    const twin = db
      .select({ id: roles.id })
      .from(roles)
      .where(and(eq(roles.personId, personId), eq(roles.clientId, clientId), eq(roles.role, role), isNull(roles.until), exceptId === undefined ? undefined : ne(roles.id, exceptId)))
      .get();
    if (!twin) return;
    const person = displayName(requirePerson(db, personId));
    const client = requireClient(db, clientId).name;
    throw new AppFailure('conflict', `${person} is already ${role} at ${client}. Edit that role instead of adding it again.`);
  };

  return {
    get,

    /** Current roles first, then ended ones (most recently ended first); people in the trash are left out. */
    listForClient(clientId: number): PersonWithRole[] {
      requireClient(db, clientId);
      const rows = db
        .select({ role: roles, person: people })
        .from(roles)
        .innerJoin(people, eq(people.id, roles.personId))
        .where(and(eq(roles.clientId, clientId), isNull(people.deletedAt)))
        .orderBy(sql`${roles.until} is not null`, sql`${roles.until} desc`, sql`${people.givenName} collate nocase`, sql`${people.familyName} collate nocase`)
        .all();
      return rows.map((r) => ({ ...toRole(r.role), person: toPerson(r.person) }));
    },

    /** The person's roles with their clients, current first; clients in the trash are left out. */
    listForPerson(personId: number): RoleWithClient[] {
      requirePerson(db, personId);
      const rows = db
        .select({ role: roles, client: clients })
        .from(roles)
        .innerJoin(clients, eq(clients.id, roles.clientId))
        .where(and(eq(roles.personId, personId), isNull(clients.deletedAt)))
        .orderBy(sql`${roles.until} is not null`, sql`${roles.until} desc`, asc(clients.name))
        .all();
      return rows.map((r) => ({ ...toRole(r.role), client: toClient(r.client) }));
    },

    create(input: Parsed<typeof RoleCreate>): Role {
      requirePerson(db, input.personId);
      requireClient(db, input.clientId);
      refuseEndBeforeStart(input.since, input.until, 'the role');
      refuseDuplicate(input);
      const now = isoNow(clock);
      return toRole(db.insert(roles).values({ ...input, createdAt: now, updatedAt: now }).returning().get());
    },

    update({ id, ...patch }: Parsed<typeof RoleUpdate>): Role {
      const next = { ...get(id), ...definedFields(patch) };
      refuseEndBeforeStart(next.since, next.until, 'the role');
      refuseDuplicate(next, id);
      db.update(roles).set({ ...patch, updatedAt: isoNow(clock) }).where(eq(roles.id, id)).run();
      return get(id);
    },

    end({ id, until }: Parsed<typeof RoleEnd>): Role {
      refuseEndBeforeStart(get(id).since, until, 'the role');
      db.update(roles).set({ until, updatedAt: isoNow(clock) }).where(eq(roles.id, id)).run();
      return get(id);
    },

    /** Roles are not kept in the trash: removing one deletes it. */
    delete(id: number): { id: number } {
      get(id);
      db.delete(roles).where(eq(roles.id, id)).run();
      return { id };
    },
  };
}

export type RolesRepository = ReturnType<typeof rolesRepository>;
