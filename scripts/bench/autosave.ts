import type { Store } from '../../db/connection.ts';
import type { createDispatcher } from '../../db/handlers/index.ts';
import { NOW } from './databases.ts';
import { pair } from './harness.ts';

/** The visit log's autosave through the channel, against one prepared UPDATE of the same field. */
export function benchAutosave(store: Store, call: ReturnType<typeof createDispatcher>): void {
  const id = (store.sqlite.prepare("select id from visits where status = 'planned' and starts_at >= ? order by starts_at limit 1").pluck().get(NOW.toISOString()) as number | undefined) ?? 1;
  const floor = store.sqlite.prepare('update visits set notes = ?, updated_at = ? where id = ?');
  pair(
    'autosave (visits:update) vs one prepared UPDATE',
    (i) => {
      const r = call('visits:update', { id, notes: `Notes typed so far ${i}` });
      if (!r.ok) throw new Error(r.error.message);
    },
    (i) => floor.run(`Notes typed so far ${i}`, NOW.toISOString(), id),
    { floorName: 'raw', batch: 300 },
  );
}
