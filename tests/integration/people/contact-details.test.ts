import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../db/handlers/index.ts';
import type { ContactDetails } from '../../../src/contract/schemas/contact-details.ts';
import { unwrap, type Result } from '../../../src/contract/result.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

const shown = (d: ContactDetails) => ({ phones: d.phones.map((p) => `${p.label ?? '-'}: ${p.value}`), emails: d.emails.map((e) => `${e.label ?? '-'}: ${e.value}`) });

describe('several labelled phone numbers and e-mail addresses', () => {
  let store: TempStore;
  let call: Dispatcher;
  beforeEach(async () => {
    store = await tempStore();
    call = createDispatcher(store, fixedClock('2026-11-25T09:00:00.000Z'));
  });
  afterEach(() => store.dispose());

  const value = <T>(channel: string, input: unknown) => unwrap(call(channel, input)) as T;
  const failure = (channel: string, input: unknown) => {
    const result = call(channel, input) as Result<unknown>;
    if (result.ok) throw new Error(`${channel} should have failed`);
    return result.error.message;
  };
  const hits = (q: string) => value<{ kind: string; id: number; client: string | null }[]>('search:query', { q, limit: 20 }).map((h) => `${h.kind}:${h.id}:${h.client ?? '-'}`);

  it('keeps every number and address of a person with its label, the first as their phone and e-mail, and search finds them and their client by any number', () => {
    const shop = value<{ id: number }>('clients:create', { name: 'Baker & Sons', phones: [{ value: '0113 496 0000', label: 'Reception' }, { value: '0113 496 0001', label: 'Fax' }] });
    const sue = value<{ id: number; phone: string | null; email: string | null }>('people:create', {
      givenName: 'Sue',
      clientId: shop.id,
      phones: [
        { value: '07700 900123', label: 'mobile' },
        { value: '0113 496 0999', label: 'home' },
        { value: '+44 7700 900123', label: 'work' },
      ],
      emails: [{ value: 'sue@example.com', label: 'home' }, { value: 'SUE@example.com', label: null }],
    });
    expect(sue).toMatchObject({ phone: '07700 900123', email: 'sue@example.com' });
    // The same number written another way is kept once.
    expect(shown(value('contactDetails:list', { personId: sue.id }))).toEqual({ phones: ['mobile: 07700 900123', 'home: 0113 496 0999'], emails: ['home: sue@example.com'] });
    expect(hits('01134960999')).toEqual([`person:${sue.id}:Baker & Sons`]);
    expect(hits('+44 113 496 0001')).toEqual([`client:${shop.id}:-`]);

    // Editing the whole list: reorder, relabel, remove.
    const edited = value<{ phone: string | null }>('people:update', { id: sue.id, phones: [{ value: '0113 496 0999', label: 'landline' }] });
    expect(edited.phone).toBe('0113 496 0999');
    expect(hits('07700 900123')).toEqual([]);
    expect(shown(value('contactDetails:list', { personId: sue.id })).phones).toEqual(['landline: 0113 496 0999']);

    // Adding one more, and one she already has (it only takes the label).
    value('contactDetails:add', { personId: sue.id, kind: 'phone', value: '07700 900555', label: 'work mobile' });
    const again = value<ContactDetails>('contactDetails:add', { personId: sue.id, kind: 'phone', value: '+44 113 496 0999', label: 'home' });
    expect(shown(again).phones).toEqual(['home: 0113 496 0999', 'work mobile: 07700 900555']);
    expect(hits('07700900555')).toEqual([`person:${sue.id}:Baker & Sons`]);

    // The old single field still sets the primary entry.
    value('people:update', { id: sue.id, phone: '0113 496 0888' });
    expect(shown(value('contactDetails:list', { personId: sue.id })).phones).toEqual(['home: 0113 496 0888', 'work mobile: 07700 900555']);
    // Search follows every one of those steps: the replaced number is gone, the others are found.
    expect(hits('0113 496 0888')).toEqual([`person:${sue.id}:Baker & Sons`]);
    expect(hits('0113 496 0999')).toEqual([]);
    expect(hits('07700 900555')).toEqual([`person:${sue.id}:Baker & Sons`]);

    // A client's number added later is found too, and a name change keeps every number findable.
    value('contactDetails:add', { clientId: shop.id, kind: 'phone', value: '0113 496 0002', label: 'Workshop' });
    expect(hits('01134960002')).toEqual([`client:${shop.id}:-`]);
    value('clients:update', { id: shop.id, name: 'Baker & Daughters' });
    expect(hits('0113 496 0001')).toEqual([`client:${shop.id}:-`]);
    expect(hits('0113 496 0002')).toEqual([`client:${shop.id}:-`]);
    expect(hits('Daughters')).toEqual([`client:${shop.id}:-`]);
  });

  it('refuses a bad entry with a message that says what to fix, changing nothing', () => {
    const tom = value<{ id: number }>('people:create', { givenName: 'Tom', phone: '07700 900111' });
    expect(failure('people:update', { id: tom.id, givenName: 'Thomas', phones: [{ value: 'call me', label: null }] })).toMatch(/needs at least three digits/);
    expect(failure('people:update', { id: tom.id, emails: [{ value: 'tom at example', label: null }] })).toMatch(/name@example.com/);
    expect(failure('contactDetails:add', { kind: 'phone', value: '0113 496 0999', label: null })).toMatch(/personId or a clientId/);
    expect(failure('contactDetails:add', { personId: 999, kind: 'phone', value: '0113 496 0999', label: null })).toMatch(/Person/);
    expect(value('people:get', { id: tom.id })).toMatchObject({ givenName: 'Tom', phone: '07700 900111' });
    expect(shown(value('contactDetails:list', { personId: tom.id }))).toEqual({ phones: ['-: 07700 900111'], emails: [] });
  });
});
