import { buildBriefing } from '../../src/briefing/engine.ts';
import type { Store } from '../../db/connection.ts';
import type { createDispatcher } from '../../db/handlers/index.ts';
import { NOW, TZ } from './databases.ts';
import { pair } from './harness.ts';
import { rawGatherer } from './raw-briefing-gather.ts';

/** A visit's briefing through the channel, against the same engine on hand-written SQL. */
export function benchBriefing(store: Store, call: ReturnType<typeof createDispatcher>): void {
  const planned = (store.sqlite.prepare("select id from visits where status = 'planned' and starts_at >= ? order by starts_at limit 200").all(NOW.toISOString()) as { id: number }[]).map((r) => r.id);
  if (planned.length === 0) throw new Error('The large database has no planned visits after the bench clock.');
  const visitAt = (i: number) => planned[i % planned.length]!;
  const raw = rawGatherer(store.sqlite);
  pair(
    'briefing for a visit (channel) vs raw SQL gather + engine',
    (i) => {
      const r = call('briefing:forVisit', { id: visitAt(i), timeZone: TZ });
      if (!r.ok) throw new Error(r.error.message);
    },
    (i) => buildBriefing(raw(visitAt(i)), { now: NOW, timeZone: TZ }),
    { floorName: 'raw' },
  );
}
