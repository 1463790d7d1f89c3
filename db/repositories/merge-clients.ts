import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppFailure } from '../../src/contract/result.ts';
import type { ClientsMerge, MergeLinkCount, MergeOutcome, MergePreview, MergeSide } from '../../src/contract/schemas/merge.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clients } from '../schema/clients.ts';
import { moveContactDetails, moveTags } from './merge-details.ts';
import { resolveFields, requireTwo, viewField, type MergeFieldSpec } from './merge-fields.ts';
import { dryRunNotes } from './merge-people.ts';

type ClientRow = typeof clients.$inferSelect;

const column = <K extends keyof ClientRow>(field: K, label: string, extra: Partial<MergeFieldSpec<ClientRow>> = {}): MergeFieldSpec<ClientRow> => ({
  field,
  label,
  read: (row) => ({ [field]: row[field] }),
  show: (row) => (row[field] === null ? null : String(row[field])),
  ...extra,
});

/** Every field a client has, in the order the client page shows them. */
export const CLIENT_FIELDS: readonly MergeFieldSpec<ClientRow>[] = [
  column('name', 'Name'),
  column('kind', 'Kind'),
  column('phone', 'Phone'),
  column('email', 'E-mail'),
  column('address', 'Address'),
  column('accessHours', 'Access hours'),
  column('parking', 'Parking'),
  column('askFor', 'Ask for'),
  column('siteNotes', 'Site notes', { combinable: true }),
  { ...column('rhythmDays', 'Visit rhythm'), show: (row) => (row.rhythmDays === null ? null : `every ${row.rhythmDays} days`) },
  {
    ...column('rhythmContactKinds', 'Contacts that count for the rhythm'),
    show: (row) => (row.rhythmContactKinds === null ? null : row.rhythmContactKinds === '' ? 'visits only' : row.rhythmContactKinds.replaceAll(',', ', ')),
  },
  column('notes', 'Notes', { combinable: true }),
  { field: 'archived', label: 'Archived', read: (row) => ({ archivedAt: row.archivedAt }), show: (row) => (row.archivedAt === null ? null : `since ${row.archivedAt.slice(0, 10)}`) },
];

const LINKS: readonly { link: string; label: string; count: string }[] = [
  { link: 'roles', label: 'People with a role there', count: 'select count(*) from roles where client_id = ?' },
  { link: 'visits', label: 'Visits', count: 'select count(*) from visits where client_id = ? and deleted_at is null' },
  { link: 'contacts', label: 'Calls, e-mails and messages', count: 'select count(*) from contacts where client_id = ? and deleted_at is null' },
  { link: 'followUps', label: 'Follow-ups', count: 'select count(*) from follow_ups where client_id = ? and deleted_at is null' },
  { link: 'incidents', label: 'Incidents', count: 'select count(*) from incidents where client_id = ? and deleted_at is null' },
  { link: 'knowHow', label: 'Know-how', count: 'select count(*) from know_how where client_id = ? and deleted_at is null' },
  { link: 'lifeEvents', label: 'Business news (life events)', count: 'select count(*) from life_events where client_id = ? and deleted_at is null' },
];

const MOVED_TABLES = ['roles', 'visits', 'contacts', 'follow_ups', 'incidents', 'know_how', 'life_events'] as const;

type Parsed = z.output<typeof ClientsMerge>;

export function clientMerger(db: Db, sqlite: Database.Database, clock: Clock) {
  const count = (sql: string, id: number) => sqlite.prepare(sql).pluck().get(id) as number;
  const counts = (keepId: number, mergeId: number): MergeLinkCount[] => LINKS.map(({ link, label, count: sql }) => ({ link, label, kept: count(sql, keepId), merged: count(sql, mergeId) }));

  const load = (id: number): ClientRow => {
    const row = db.select().from(clients).where(eq(clients.id, id)).get();
    if (!row) throw new AppFailure('not_found', `Client ${id} was not found: it may have been deleted for good or never existed. Check the id (askafter clients lists them) and try again.`);
    if (row.deletedAt !== null) throw new AppFailure('conflict', `${row.name} is in the trash. Restore it from the Trash first, then merge.`);
    return row;
  };

  const pair = (keepId: number, mergeId: number) => {
    requireTwo(keepId, mergeId, 'client');
    return { kept: load(keepId), merged: load(mergeId) };
  };

  const side = (row: ClientRow): MergeSide => ({ id: row.id, name: row.name });

  const moveLinks = (to: number, from: number): string[] => {
    const run = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).run(...params).changes;
    // Visits and contacts moving fire the triggers that keep the kept client's last visit and last contact.
    for (const table of MOVED_TABLES) run(`update ${table} set client_id = ? where client_id = ?`, to, from);
    // The other record's own fields follow the kept one's; one the kept record already holds (same label, kind and value) is dropped.
    run(
      `delete from client_fields where client_id = ? and exists (
         select 1 from client_fields k where k.client_id = ? and lower(k.label) = lower(client_fields.label) and k.kind = client_fields.kind and k.value = client_fields.value)`,
      from,
      to,
    );
    const { next } = sqlite.prepare('select coalesce(max(position) + 1, 0) as next from client_fields where client_id = ?').get(to) as { next: number };
    run('update client_fields set client_id = ?, position = position + ? where client_id = ?', to, next, from);
    const repeatedRoles = run(
      `delete from roles where client_id = ? and id not in (
         select min(id) from roles where client_id = ? group by person_id, role, coalesce(title, ''), coalesce(since, ''), coalesce(until, ''))`,
      to,
      to,
    );
    return repeatedRoles > 0 ? [`${repeatedRoles} role${repeatedRoles === 1 ? '' : 's'} someone had at both records`] : [];
  };

  const merge = ({ keepId, mergeId, choices }: Parsed): MergeOutcome => {
    const { kept, merged } = pair(keepId, mergeId);
    const fields = resolveFields(CLIENT_FIELDS, kept, merged, choices);
    const before = counts(keepId, mergeId);
    return db.transaction(() => {
      const dropped = moveLinks(keepId, mergeId);
      moveTags(sqlite, 'client', keepId, mergeId);
      moveContactDetails(sqlite, 'client_id', keepId, mergeId, { phone: fields['phone'], email: fields['email'] });
      db.update(clients)
        .set({ ...(fields as Partial<ClientRow>), updatedAt: isoNow(clock) })
        .where(eq(clients.id, keepId))
        .run();
      db.delete(clients).where(eq(clients.id, mergeId)).run();
      const moved = before.map((c) => ({ ...c, kept: count(LINKS.find((l) => l.link === c.link)?.count ?? '', keepId) }));
      return { kind: 'client', kept: side(load(keepId)), merged: side(merged), moved, dropped };
    });
  };

  const preview = ({ keepId, mergeId }: { keepId: number; mergeId: number }): MergePreview => {
    const { kept, merged } = pair(keepId, mergeId);
    const notes = dryRunNotes(sqlite, () => moveLinks(keepId, mergeId));
    return { kind: 'client', kept: side(kept), merged: side(merged), fields: CLIENT_FIELDS.map((spec) => viewField(spec, kept, merged)), links: counts(keepId, mergeId), notes };
  };

  return { preview, merge };
}
