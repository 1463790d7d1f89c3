import type Database from 'better-sqlite3';
import { AppFailure } from '../../src/contract/result.ts';
import type { Trashable, TrashItem } from '../../src/contract/schemas/trash.ts';
import { isoNow, type Clock } from '../clock.ts';

/** One kind of record that goes to the trash: where it lives and how a person recognises it. */
interface TrashSource {
  table: string;
  noun: string;
  /** SQL over alias `t`: the label, and optionally a calendar day (yyyy-MM-dd) that completes it. */
  label: string;
  day: string;
  /** Whether the record belongs to a client (`t.client_id`), so it cannot come back without it. */
  ownedByClient: boolean;
}

const clientName = '(select name from clients where id = t.client_id)';

const SOURCES: Readonly<Record<Trashable, TrashSource>> = {
  client: { table: 'clients', noun: 'client', label: 't.name', day: 'null', ownedByClient: false },
  person: { table: 'people', noun: 'person', label: "concat_ws(' ', t.given_name, t.family_name)", day: 'null', ownedByClient: false },
  event: { table: 'life_events', noun: 'life event', label: 't.title', day: 'null', ownedByClient: true },
  visit: { table: 'visits', noun: 'visit', label: `'Visit to ' || ${clientName} || ' on'`, day: 'substr(t.starts_at, 1, 10)', ownedByClient: true },
  followUp: { table: 'follow_ups', noun: 'follow-up', label: `'Follow-up (' || t.kind || ') with ' || ${clientName} || ', due'`, day: 'substr(t.due_at, 1, 10)', ownedByClient: true },
  incident: { table: 'incidents', noun: 'incident', label: 't.summary', day: 'null', ownedByClient: true },
  knowHow: { table: 'know_how', noun: 'know-how entry', label: 't.question', day: 'null', ownedByClient: true },
  // Worded as contactLabel words it: "Phone call with Sue Baker, Nov 20".
  contact: {
    table: 'contacts',
    noun: 'contact',
    label: `case t.kind when 'call' then 'Phone call' when 'email' then 'E-mail' when 'message' then 'Message' else 'Remote session' end || ' with ' || coalesce((select concat_ws(' ', p.given_name, p.family_name) from people p where p.id = t.person_id), ${clientName}) || ','`,
    day: 'substr(t.occurred_at, 1, 10)',
    ownedByClient: true,
  },
};

/**
 * Records that belong to others go first and clients last, so each trashed record is deleted
 * (and counted) by its own statement rather than by a cascade from its client.
 */
const EMPTYING_ORDER: readonly Trashable[] = ['knowHow', 'incident', 'followUp', 'contact', 'visit', 'event', 'person', 'client'];

interface TrashedRow {
  entity: Trashable;
  id: number;
  label: string;
  day: string | null;
  deletedAt: string;
  clientId: number | null;
}

const selectTrashed = (entity: Trashable): string => {
  const s = SOURCES[entity];
  return `select '${entity}' as entity, t.id, ${s.label} as label, ${s.day} as day, t.deleted_at as deletedAt, ${s.ownedByClient ? 't.client_id' : 'null'} as clientId
   from ${s.table} t where t.deleted_at is not null`;
};

export function trashRepository(sqlite: Database.Database, clock: Clock) {
  const listAll = sqlite.prepare<[], TrashedRow>(`${EMPTYING_ORDER.map(selectTrashed).join('\nunion all\n')}\norder by deletedAt desc, entity, id`);
  const trashedOne = (entity: Trashable, id: number) => sqlite.prepare<[number], TrashedRow>(`${selectTrashed(entity)} and t.id = ?`).get(id);
  const client = sqlite.prepare<[number], { name: string; deletedAt: string | null }>('select name, deleted_at as deletedAt from clients where id = ?');

  const toItem = ({ entity, id, label, day, deletedAt }: TrashedRow): TrashItem => ({ entity, id, label, day, deletedAt });

  return {
    /** Everything in the trash, most recently deleted first. */
    list(): TrashItem[] {
      return listAll.all().map(toItem);
    },

    /** Takes a record out of the trash; one that belongs to a client in the trash must wait for it. */
    restore({ entity, id }: { entity: Trashable; id: number }): TrashItem {
      const source = SOURCES[entity];
      const row = trashedOne(entity, id);
      if (!row) throw new AppFailure('not_found', `That ${source.noun} (${id}) is not in the trash. It may have been restored or deleted for good already; refresh the trash.`);
      const owner = row.clientId === null ? undefined : client.get(row.clientId);
      if (owner?.deletedAt) {
        throw new AppFailure('conflict', `This ${source.noun} belongs to ${owner.name}, which is in the trash too. Restore ${owner.name} first, then the ${source.noun}.`);
      }
      const now = isoNow(clock);
      sqlite.prepare(`update ${source.table} set deleted_at = null, updated_at = ? where id = ?`).run(now, id);
      return toItem(row);
    },

    /** Deletes everything in the trash for good, all or nothing; returns how many records went. */
    empty(): { deleted: number } {
      return sqlite.transaction(() => {
        const deleted = EMPTYING_ORDER.reduce((sum, entity) => sum + sqlite.prepare(`delete from ${SOURCES[entity].table} where deleted_at is not null`).run().changes, 0);
        return { deleted };
      })();
    },
  };
}

export type TrashRepository = ReturnType<typeof trashRepository>;
