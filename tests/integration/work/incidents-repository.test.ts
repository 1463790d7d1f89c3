import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incidentsRepository } from '../../../db/repositories/incidents.ts';
import { IncidentCreate, IncidentList, IncidentUpdate } from '../../../src/contract/schemas/work.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { seedClient, trashClient } from '../visits/seed.ts';

describe('incidents repository on a real SQLite file', () => {
  let store: TempStore;
  let clientId: number;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    clock.set('2026-11-25T09:00:00.000Z');
    store = await tempStore();
    clientId = seedClient(store, 'Smith Dental');
  });
  afterEach(() => store.dispose());

  const repo = () => incidentsRepository(store.db, clock);
  const add = (fields: Partial<typeof IncidentCreate._input> = {}) =>
    repo().create(IncidentCreate.parse({ clientId, startedAt: '2026-11-20T08:00:00Z', summary: 'Backup drive full', ...fields }));
  const ids = (filter: typeof IncidentList._input = {}) => repo().list(IncidentList.parse(filter)).map((i) => i.id);

  it('records what broke, why, and what stops it happening again', () => {
    const incident = add({ impact: 'No backups for a week', cause: 'Old backups never pruned', prevention: 'Retention set to 30 days', resolvedAt: '2026-11-21T12:00:00Z' });
    expect(incident).toMatchObject({ clientId, summary: 'Backup drive full', cause: 'Old backups never pruned', resolvedAt: '2026-11-21T12:00:00.000Z', explainedAt: null });
    expect(repo().get(incident.id)).toEqual(incident);
  });

  it('refuses a missing client and a resolution before the start', () => {
    expect(() => add({ clientId: 404 })).toThrow(/Client 404 was not found/);
    expect(() => add({ resolvedAt: '2026-11-19T00:00:00Z' })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    const incident = add();
    expect(() => repo().update(IncidentUpdate.parse({ id: incident.id, resolvedAt: '2026-11-19T00:00:00Z' }))).toThrow(/resolved before it started/);
  });

  it('updates only the fields given', () => {
    const incident = add({ impact: 'Slow', cause: 'Disk' });
    clock.advance(1_000);
    expect(repo().update(IncidentUpdate.parse({ id: incident.id, explainedAt: '2026-11-25T10:00:00Z' }))).toEqual({
      ...incident,
      explainedAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T09:00:01.000Z',
    });
  });

  it('"unexplained" lists those whose cause is known but not yet explained to the client', () => {
    const owed = add({ cause: 'Disk full', startedAt: '2026-11-01T00:00:00Z' });
    const unknownCause = add({ startedAt: '2026-11-02T00:00:00Z' });
    const explained = add({ cause: 'Power cut', explainedAt: '2026-11-04T00:00:00Z', startedAt: '2026-11-03T00:00:00Z' });
    expect(ids({ unexplained: true })).toEqual([owed.id]);
    expect(ids({ unexplained: false })).toEqual([explained.id, unknownCause.id]);
    repo().update({ id: owed.id, explainedAt: '2026-11-25T09:00:00.000Z' });
    expect(ids({ unexplained: true })).toEqual([]);
  });

  it('lists by client, latest first, without trashed incidents or those of trashed clients', () => {
    const other = seedClient(store, 'Jones Accountants');
    const older = add({ startedAt: '2026-10-01T00:00:00Z' });
    const newer = add({ startedAt: '2026-11-01T00:00:00Z' });
    const binned = add({ summary: 'Printer on fire' });
    const theirs = add({ clientId: other });
    expect(ids({ clientId })).toEqual([binned.id, newer.id, older.id]);
    expect(repo().trash(binned.id)).toEqual({ entity: 'incident', id: binned.id, label: 'Printer on fire', day: null, deletedAt: '2026-11-25T09:00:00.000Z' });
    trashClient(store, other);
    expect(ids()).toEqual([newer.id, older.id]);
    expect(() => repo().get(theirs.id)).toThrow(/Incident .* was not found/);
    expect(() => repo().update({ id: binned.id, cause: 'x' })).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
