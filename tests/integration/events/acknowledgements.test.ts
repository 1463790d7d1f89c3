import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acknowledgementsRepository } from '../../../db/repositories/acknowledgements.ts';
import { AcknowledgementRecord, LifeEventCreate } from '../../../src/contract/schemas/events.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { repos } from '../people/fixtures.ts';

describe('acknowledging events (the ticks on a visit log)', () => {
  let store: TempStore;
  let r: ReturnType<typeof repos>;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  const acks = () => acknowledgementsRepository(store.db, clock);
  const record = (input: unknown) => acks().record(AcknowledgementRecord.parse(input));
  beforeEach(async () => {
    store = await tempStore();
    r = repos(store, clock);
  });
  afterEach(() => store.dispose());

  function twoEvents() {
    const sue = r.person('Sue', 'Baker');
    const make = (title: string) => r.events.create(LifeEventCreate.parse({ typeKey: 'trip', title, date: '2026-10-01', personIds: [sue.id] }));
    return [make('Trip to Whitby'), make('Cruise')] as const;
  }

  it('ticks several events at once, at the clock’s time, visible on each event', () => {
    const [trip, cruise] = twoEvents();
    const created = record({ eventIds: [trip.id, cruise.id, trip.id], note: 'loved it' });
    expect(created).toEqual([
      { id: expect.any(Number), eventId: trip.id, visitId: null, at: '2026-11-25T09:00:00.000Z', note: 'loved it' },
      { id: expect.any(Number), eventId: cruise.id, visitId: null, at: '2026-11-25T09:00:00.000Z', note: 'loved it' },
    ]);
    expect(r.events.get(trip.id).acknowledgements).toEqual([created[0]]);
  });

  it('records a given time and a visit', () => {
    const [trip] = twoEvents();
    const visitId = Number(store.sqlite.prepare("insert into visits (client_id, starts_at) values (?, '2026-11-24T10:00:00.000Z')").run(r.client('Baker & Sons').id).lastInsertRowid);
    expect(record({ eventIds: [trip.id], visitId, at: '2026-11-24T11:30:00+01:00' })).toMatchObject([{ visitId, at: '2026-11-24T10:30:00.000Z', note: null }]);
  });

  it('refuses a missing or trashed event, or a missing visit, recording nothing', () => {
    const [trip, cruise] = twoEvents();
    r.events.trash(cruise.id);
    expect(() => record({ eventIds: [trip.id, 404] })).toThrow(/Life event 404 was not found/);
    expect(() => record({ eventIds: [trip.id, cruise.id] })).toThrow(/Life event \d+ was not found/);
    expect(() => record({ eventIds: [trip.id], visitId: 404 })).toThrow(/Visit 404 was not found/);
    expect(countRows(store, 'acknowledgements')).toBe(0);
  });
});
