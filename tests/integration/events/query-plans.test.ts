import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lifeEventsRepository } from '../../../db/repositories/life-events.ts';
import { LifeEventCreate } from '../../../src/contract/schemas/events.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { queryPlans, repos } from '../people/fixtures.ts';

describe('events by person use their index', () => {
  let store: TempStore;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    store = await tempStore();
    const r = repos(store, clock);
    const sue = r.person('Sue', 'Baker');
    r.events.create(LifeEventCreate.parse({ typeKey: 'trip', title: 'Trip', date: '2026-10-01', personIds: [sue.id] }));
  });
  afterEach(() => store.dispose());

  it('finds the events through life_event_people_person_idx and scans no table, for the events or their details', () => {
    const plans = queryPlans(store, (db) => lifeEventsRepository(db, clock).list({ personId: 1 }));
    const steps = plans.flat();
    expect(steps.filter((s) => s.startsWith('SCAN '))).toEqual([]);
    expect(steps).toContainEqual(expect.stringMatching(/^SEARCH life_event_people USING COVERING INDEX life_event_people_person_idx \(person_id=\?\)/));
  });
});
