import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../db/handlers/index.ts';
import { unwrap } from '../../../src/contract/result.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

describe('people, roles and relationships channels', () => {
  let store: TempStore;
  let call: Dispatcher;
  beforeEach(async () => {
    store = await tempStore();
    call = createDispatcher(store, fixedClock('2026-11-25T09:00:00.000Z'));
  });
  afterEach(() => store.dispose());

  const value = <T>(channel: string, input: unknown) => unwrap(call(channel, input)) as T;

  it('answers every people, roles and relationships channel', () => {
    const shop = value<{ id: number }>('clients:create', { name: 'Baker & Sons', kind: 'business' });
    const sue = value<{ id: number }>('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: shop.id, role: 'owner' });
    expect(value('people:get', { id: sue.id })).toMatchObject({ displayName: 'Sue Baker' });
    expect(value('people:update', { id: sue.id, preferences: 'lemon drizzle cake' })).toMatchObject({ preferences: 'lemon drizzle cake' });
    expect(value('people:list', undefined)).toMatchObject([{ id: sue.id }]);

    const lily = value<{ other: { id: number } }>('people:addRelative', { personId: sue.id, relativeIs: 'grandchild', relative: { givenName: 'Lily' } });
    expect(value('people:relatives', { id: lily.other.id })).toMatchObject([{ otherIs: 'grandparent', other: { id: sue.id } }]);

    const [owner] = value<{ id: number }[]>('roles:listForClient', { clientId: shop.id });
    expect(value('roles:update', { id: owner?.id, title: 'Director' })).toMatchObject({ title: 'Director' });
    expect(value('roles:end', { id: owner?.id, until: '2026-11-01' })).toMatchObject({ active: false });
    const staff = value<{ id: number }>('roles:create', { personId: lily.other.id, clientId: shop.id, role: 'staff' });
    expect(value('roles:listForPerson', { personId: lily.other.id })).toMatchObject([{ client: { name: 'Baker & Sons' } }]);
    expect(value('roles:delete', { id: staff.id })).toEqual({ id: staff.id });

    const tom = value<{ id: number }>('people:create', { givenName: 'Tom' });
    const rel = value<{ id: number }>('relationships:create', { personAId: sue.id, personBId: tom.id, kind: 'parent' });
    expect(value('relationships:update', { id: rel.id, since: '1980-02-02' })).toMatchObject({ since: '1980-02-02' });
    expect(value('relationships:end', { id: rel.id, until: '2026-01-01' })).toMatchObject({ current: false });
    expect(value('relationships:delete', { id: rel.id })).toEqual({ id: rel.id });

    expect(value('people:markDeceased', { id: sue.id, diedOn: '2026-11-20' })).toMatchObject({ diedOn: '2026-11-20' });
    expect(value('events:list', { personId: lily.other.id })).toMatchObject([{ title: 'Death of Sue Baker', typeKey: 'death' }]);
    expect(value('people:delete', { id: tom.id })).toMatchObject({ entity: 'person', label: 'Tom' });
  });

  it('returns clear failures with the right codes', () => {
    const sue = value<{ id: number }>('people:create', { givenName: 'Sue' });
    expect(call('people:get', { id: 9 })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Person 9 was not found. It may have been deleted; refresh and try again.' } });
    expect(call('people:markDeceased', { id: sue.id, diedOn: '2027-01-01' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/in the future/) } });
    expect(call('roles:create', { personId: sue.id, clientId: 5, role: 'staff' })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/Client 5/) } });
    expect(call('relationships:create', { personAId: sue.id, personBId: sue.id, kind: 'friend' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('rolls back a failed addRelative completely', () => {
    expect(call('people:addRelative', { personId: 42, relativeIs: 'child', relative: { givenName: 'Tom' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(countRows(store, 'people')).toBe(0);
  });
});
