import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectVisits } from '../../../db/repositories/visits.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { queryPlan } from './seed.ts';

// The plan is fixed when the statement is prepared, so an empty database shows the real one.
describe('visit queries use their indexes', () => {
  let store: TempStore;
  beforeEach(async () => {
    store = await tempStore();
  });
  afterEach(() => store.dispose());

  const planOf = (filter: Parameters<typeof selectVisits>[1]) => queryPlan(store, selectVisits(store.db, filter));

  it('a client’s visits in date order (the client card, "past their usual rhythm") search visits_client_starts_idx', () => {
    for (const filter of [
      { clientId: 1, limit: 200 },
      { clientId: 1, from: '2026-01-01T00:00:00.000Z', limit: 200 },
      { clientId: 1, from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', status: 'completed' as const, limit: 1 },
    ]) {
      const plan = planOf(filter);
      expect(plan, JSON.stringify(filter)).toContainEqual(expect.stringMatching(/^SEARCH visits USING INDEX visits_client_starts_idx \(client_id=\?/));
      expect(plan).not.toContainEqual(expect.stringMatching(/^SCAN visits|TEMP B-TREE/));
    }
  });

  it('visits in a time window (today, this week) search visits_starts_idx', () => {
    const plan = planOf({ from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z', limit: 200 });
    expect(plan).toContainEqual('SEARCH visits USING INDEX visits_starts_idx (starts_at>? AND starts_at<?)');
    expect(plan).not.toContainEqual(expect.stringMatching(/^SCAN visits|TEMP B-TREE/));
  });

  it('a single visit is found by its key', () => {
    expect(planOf({ id: 1, limit: 1 })).toContainEqual(expect.stringMatching(/^SEARCH visits USING INTEGER PRIMARY KEY/));
  });
});
