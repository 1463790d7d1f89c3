import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../db/handlers/index.ts';
import { unwrap } from '../../../src/contract/result.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

describe('events and acknowledgements channels', () => {
  let store: TempStore;
  let call: Dispatcher;
  beforeEach(async () => {
    store = await tempStore();
    call = createDispatcher(store, fixedClock('2026-11-25T09:00:00.000Z'));
  });
  afterEach(() => store.dispose());

  const value = <T>(channel: string, input: unknown) => unwrap(call(channel, input)) as T;

  it('answers every events channel and records acknowledgements', () => {
    const sue = value<{ id: number }>('people:create', { givenName: 'Sue' });
    const event = value<{ id: number }>('events:create', { typeKey: 'surgery', title: 'Knee operation', date: '2026-11-02', ongoing: true, personIds: [sue.id] });
    expect(value('events:update', { id: event.id, notes: 'Recovering well' })).toMatchObject({ notes: 'Recovering well', tone: 'sensitive' });
    const [ack] = value<{ id: number }[]>('acknowledgements:record', { eventIds: [event.id], note: 'asked; he is recovering' });
    expect(value('events:get', { id: event.id })).toMatchObject({ acknowledgements: [{ id: ack?.id, note: 'asked; he is recovering', at: '2026-11-25T09:00:00.000Z' }] });
    expect(value('events:list', { personId: sue.id })).toMatchObject([{ id: event.id }]);
    expect(value('events:delete', { id: event.id })).toMatchObject({ entity: 'event', label: 'Knee operation' });
    expect(value('events:list', { personId: sue.id })).toEqual([]);
  });

  it('reports bad references as not_found, not as a database error', () => {
    const sue = value<{ id: number }>('people:create', { givenName: 'Sue' });
    expect(call('events:create', { typeKey: 'birth', title: 'Born', date: '2026-11-02', personIds: [sue.id, 77] })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/Person 77/) } });
    expect(call('acknowledgements:record', { eventIds: [3] })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/Life event 3/) } });
  });
});
