import { and, count, desc, eq, isNull, not, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppFailure, notFound } from '../../src/contract/result.ts';
import type { TrashItem } from '../../src/contract/schemas/trash.ts';
import type { ListPage } from '../../src/contract/schemas/pages.ts';
import type { Incident, IncidentCreate, IncidentList, IncidentPage, IncidentRow, IncidentUpdate } from '../../src/contract/schemas/work.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { incidents } from '../schema/work.ts';
import { requireClient } from './references.ts';
import { everyWordIn } from './text-filter.ts';

type Row = typeof incidents.$inferSelect;
type Parsed<T extends z.ZodType> = z.output<T>;

const toIncident = ({ deletedAt: _deleted, ...row }: Row): Incident => row;

/**
 * "Unexplained" means the client is owed an explanation: the why is known (a cause is recorded)
 * but it has not been explained to them yet. An incident whose cause is still unknown is not
 * in that list, as there is nothing to explain yet. `unexplained: false` is the rest.
 */
const owedAnExplanation = sql`(${incidents.cause} is not null and ${incidents.explainedAt} is null)`;

function checkResolvedAfterStart({ startedAt, resolvedAt }: { startedAt: string; resolvedAt: string | null }): void {
  if (resolvedAt !== null && resolvedAt < startedAt) {
    throw new AppFailure('invalid_input', 'The incident would be resolved before it started. Change the start or the resolved time.');
  }
}

/**
 * Incidents a page at a time, latest first, with the client's name (incidents_started_idx gives
 * them in order). The filter looks in what was written about it and the client's name.
 */
export function incidentsPage(db: Db, { unexplained, query, limit }: Parsed<typeof IncidentPage>): ListPage<IncidentRow> {
  const where = and(
    isNull(incidents.deletedAt),
    isNull(clients.deletedAt),
    unexplained === undefined ? undefined : unexplained ? owedAnExplanation : not(owedAnExplanation),
    ...everyWordIn(query, [incidents.summary, incidents.impact, incidents.cause, incidents.prevention, clients.name]),
  );
  const rows = db
    .select({ incident: incidents, clientName: clients.name })
    .from(incidents)
    .innerJoin(clients, eq(clients.id, incidents.clientId))
    .where(where)
    .orderBy(desc(incidents.startedAt), desc(incidents.id))
    .limit(limit)
    .all();
  const total = db.select({ n: count() }).from(incidents).innerJoin(clients, eq(clients.id, incidents.clientId)).where(where).get()?.n ?? 0;
  return { items: rows.map((r) => ({ ...toIncident(r.incident), clientName: r.clientName })), total };
}

export function incidentsRepository(db: Db, clock: Clock) {
  /** Incidents outside the trash, of clients outside the trash, latest first. */
  const select = ({ id, clientId, unexplained }: Parsed<typeof IncidentList> & { id?: number }) =>
    db
      .select({ incident: incidents })
      .from(incidents)
      .innerJoin(clients, eq(clients.id, incidents.clientId))
      .where(
        and(
          isNull(incidents.deletedAt),
          isNull(clients.deletedAt),
          id === undefined ? undefined : eq(incidents.id, id),
          clientId === undefined ? undefined : eq(incidents.clientId, clientId),
          unexplained === undefined ? undefined : unexplained ? owedAnExplanation : not(owedAnExplanation),
        ),
      )
      .orderBy(desc(incidents.startedAt), desc(incidents.id));

  const get = (id: number): Incident => {
    const row = select({ id }).get();
    if (!row) throw notFound('Incident', id);
    return toIncident(row.incident);
  };

  return {
    get,

    page: (input: Parsed<typeof IncidentPage>): ListPage<IncidentRow> => incidentsPage(db, input),

    list(filter: Parsed<typeof IncidentList>): Incident[] {
      return select(filter)
        .all()
        .map((r) => toIncident(r.incident));
    },

    create(input: Parsed<typeof IncidentCreate>): Incident {
      requireClient(db, input.clientId);
      checkResolvedAfterStart(input);
      const now = isoNow(clock);
      return toIncident(
        db
          .insert(incidents)
          .values({ ...input, createdAt: now, updatedAt: now })
          .returning()
          .get(),
      );
    },

    update({ id, ...patch }: Parsed<typeof IncidentUpdate>): Incident {
      const current = get(id);
      if (patch.clientId !== undefined && patch.clientId !== current.clientId) requireClient(db, patch.clientId);
      checkResolvedAfterStart({ ...current, ...patch });
      db.update(incidents)
        .set({ ...patch, updatedAt: isoNow(clock) })
        .where(eq(incidents.id, id))
        .run();
      return get(id);
    },

    trash(id: number): TrashItem {
      const incident = get(id);
      const now = isoNow(clock);
      db.update(incidents).set({ deletedAt: now, updatedAt: now }).where(eq(incidents.id, id)).run();
      return { entity: 'incident', id, label: incident.summary, day: null, deletedAt: now };
    },
  };
}

export type IncidentsRepository = ReturnType<typeof incidentsRepository>;
