import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { relationshipsRepository } from '../../../db/repositories/relationships.ts';
import { rolesRepository } from '../../../db/repositories/roles.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { queryPlans, repos } from './fixtures.ts';

/** The plan steps that read `table`: each must search an index, never scan the table. */
const stepsOn = (plans: string[][], table: string) => plans.flat().filter((step) => new RegExp(`^(SCAN|SEARCH) ${table}\\b`).test(step));

describe('hot lookups use their indexes', () => {
  let store: TempStore;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    store = await tempStore();
    const r = repos(store, clock);
    const shop = r.client('Baker & Sons');
    const sue = r.person('Sue', 'Baker');
    const tom = r.person('Tom', 'Baker');
    r.roles.create({ personId: sue.id, clientId: shop.id, role: 'owner', title: null, since: null, until: null });
    r.relate(sue.id, 'parent', tom.id);
  });
  afterEach(() => store.dispose());

  it('roles by client', () => {
    const steps = stepsOn(queryPlans(store, (db) => rolesRepository(db, clock).listForClient(1)), 'roles');
    expect(steps).toEqual([expect.stringMatching(/^SEARCH roles USING INDEX roles_client_idx \(client_id=\?\)/)]);
  });

  it('relationships by person, from either side', () => {
    const steps = stepsOn(queryPlans(store, (db) => relationshipsRepository(db, clock).relativesOf(1)), 'relationships');
    expect(steps).toEqual([
      expect.stringMatching(/^SEARCH relationships USING INDEX relationships_a_idx \(person_a_id=\?\)/),
      expect.stringMatching(/^SEARCH relationships USING INDEX relationships_b_idx \(person_b_id=\?\)/),
    ]);
  });
});
