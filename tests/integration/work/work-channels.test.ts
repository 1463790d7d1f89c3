import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../db/handlers/index.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { seedClient } from '../visits/seed.ts';

describe('follow-ups, incidents and know-how through the handler table', () => {
  let store: TempStore;
  let call: Dispatcher;
  let clientId: number;
  beforeEach(async () => {
    store = await tempStore();
    call = createDispatcher(store, fixedClock('2026-11-25T09:00:00.000Z'));
    clientId = seedClient(store, 'Smith Dental');
  });
  afterEach(() => store.dispose());

  const idOf = (result: ReturnType<Dispatcher>): number => {
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { id: number }).id;
  };

  it('a follow-up: create, done, list, trash', () => {
    const id = idOf(call('followUps:create', { clientId, dueAt: '2026-11-26T18:00:00Z', kind: 'call' }));
    expect(call('followUps:done', { id, outcome: 'All fine' })).toMatchObject({ ok: true, value: { doneAt: '2026-11-25T09:00:00.000Z', outcome: 'All fine' } });
    expect(call('followUps:list', { open: true })).toEqual({ ok: true, value: [] });
    const item = call('followUps:delete', { id });
    expect(item).toMatchObject({ ok: true, value: { entity: 'followUp', id } });
    expect(call('trash:list', {})).toEqual({ ok: true, value: [item.ok && item.value] });
    expect(call('followUps:update', { id, context: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('an incident: create, explain, list, trash', () => {
    const id = idOf(call('incidents:create', { clientId, startedAt: '2026-11-20T08:00:00Z', summary: 'Backup drive full', cause: 'Never pruned' }));
    expect(call('incidents:list', { unexplained: true })).toMatchObject({ ok: true, value: [{ id }] });
    call('incidents:update', { id, explainedAt: '2026-11-25T09:00:00Z' });
    expect(call('incidents:list', { unexplained: true })).toEqual({ ok: true, value: [] });
    expect(call('incidents:delete', { id })).toMatchObject({ ok: true, value: { entity: 'incident', label: 'Backup drive full' } });
  });

  it('know-how: create, asked again, list, trash; an emptied question is refused before any write', () => {
    const id = idOf(call('knowHow:create', { clientId, question: 'How do I scan?' }));
    expect(call('knowHow:askedAgain', { id })).toMatchObject({ ok: true, value: { timesAsked: 2 } });
    expect(call('knowHow:update', { id, question: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(call('knowHow:list', { clientId })).toMatchObject({ ok: true, value: [{ id, question: 'How do I scan?' }] });
    expect(call('knowHow:delete', { id })).toMatchObject({ ok: true, value: { entity: 'knowHow', id } });
  });
});
