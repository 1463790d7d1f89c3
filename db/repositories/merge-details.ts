import type Database from 'better-sqlite3';
import { detailKey } from '../../src/people/contact-details.ts';
import type { DetailKind } from '../../src/contract/schemas/contact-details.ts';

type Owner = 'person_id' | 'client_id';

interface DetailRow {
  id: number;
  value: string;
  position: number;
}

/**
 * Every phone number and e-mail address of the record merged in goes to the one kept, after the
 * kept one's own; one both had (by digits, or an address in other capitals) is kept once. The
 * number and address chosen for the merged record (its `phone` and `email` field) then come first
 * in their lists, so the triggers that copy the first entry into `phone`/`email` agree with the
 * choice and nothing is overwritten.
 */
export function moveContactDetails(sqlite: Database.Database, owner: Owner, to: number, from: number, chosen: Partial<Record<DetailKind, unknown>>): void {
  const rows = sqlite.prepare<[number, DetailKind], DetailRow>(`select id, value, position from contact_details where ${owner} = ? and kind = ? order by position, id`);
  const move = sqlite.prepare<[number, number, number]>(`update contact_details set ${owner} = ?, position = ? where id = ?`);
  const place = sqlite.prepare<[number, number]>('update contact_details set position = ? where id = ?');
  const drop = sqlite.prepare<[number]>('delete from contact_details where id = ?');
  for (const kind of ['phone', 'email'] as const) {
    const kept = rows.all(to, kind);
    const seen = new Set(kept.map((r) => detailKey(kind, r.value)));
    let next = kept.reduce((max, r) => Math.max(max, r.position + 1), 0);
    for (const row of rows.all(from, kind)) {
      const key = detailKey(kind, row.value);
      if (seen.has(key)) drop.run(row.id);
      else {
        seen.add(key);
        move.run(to, next++, row.id);
      }
    }
    const wanted = chosen[kind];
    if (typeof wanted !== 'string' || wanted.trim() === '') continue;
    const all = rows.all(to, kind);
    const first = all.find((r) => detailKey(kind, r.value) === detailKey(kind, wanted));
    if (first !== undefined && first.id !== all[0]?.id) place.run((all[0]?.position ?? 0) - 1, first.id);
  }
}

/** The tags the record merged in wore go to the one kept (a tag both wore, once). */
export function moveTags(sqlite: Database.Database, owner: 'person' | 'client', to: number, from: number): void {
  const table = owner === 'person' ? 'person_tags' : 'client_tags';
  const column = owner === 'person' ? 'person_id' : 'client_id';
  // Inserting fires the trigger that keeps a client's rhythm from its tags.
  sqlite.prepare(`insert or ignore into ${table} (${column}, tag_id) select ?, tag_id from ${table} where ${column} = ?`).run(to, from);
  sqlite.prepare(`delete from ${table} where ${column} = ?`).run(from);
}
