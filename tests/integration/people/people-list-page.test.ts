import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';

describe('people:list a page at a time', () => {
  let store: TempStore;
  let call: ReturnType<typeof createDispatcher>;
  beforeEach(async () => {
    store = await tempStore();
    call = createDispatcher(store);
    for (const name of ['Zoe', 'Amy', 'Bob', 'Cat', 'Dan']) call('people:create', { givenName: name });
  });
  afterEach(() => store.dispose());

  const names = (input: object) => {
    const r = call('people:list', input as never);
    if (!r.ok) throw new Error(r.error.message);
    return (r.value as { givenName: string }[]).map((p) => p.givenName);
  };

  it('gives the first N in name order, or just the people asked for', () => {
    expect(names({ limit: 2 })).toEqual(['Amy', 'Bob']);
    expect(names({ limit: 2, query: 'a' })).toEqual(['Amy', 'Cat']);
    const ids = (call('people:list', {}) as { ok: true; value: { id: number; givenName: string }[] }).value.filter((p) => p.givenName === 'Zoe' || p.givenName === 'Bob').map((p) => p.id);
    expect(names({ ids })).toEqual(['Bob', 'Zoe']);
  });

  it('refuses a page size that makes no sense, with a sentence saying so', () => {
    const r = call('people:list', { limit: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/limit/i);
  });
});
