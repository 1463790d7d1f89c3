import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { channels, NOW, type Channels } from './helpers.ts';

describe('one person: export everything about them, or forget them', () => {
  let store: TempStore;
  let api: Channels;
  let ids: Record<'smith' | 'farm' | 'sue' | 'bob' | 'surgery' | 'wedding' | 'visitHere' | 'visitFar' | 'visitOther', number>;
  beforeEach(async () => {
    store = await tempStore();
    api = channels(store, fixedClock(NOW));
    const smith = api.call('clients:create', { name: 'Smith Dental', askFor: 'Sue at reception' }).id;
    const farm = api.call('clients:create', { name: 'Hill Farm' }).id;
    const sue = api.call('people:create', { givenName: 'Sue', familyName: 'Baker', nickname: 'Susie', interests: 'allotment', clientId: smith, role: 'owner', phones: [{ value: '07700 900123', label: 'mobile' }, { value: '0113 496 0999', label: 'home' }] }).id;
    const bob = api.call('people:addRelative', { personId: sue, relativeIs: 'spouse', relative: { givenName: 'Bob', familyName: 'Baker', notes: 'Married to Sue since 1975.' } }).other.id;
    const surgery = api.call('events:create', { typeKey: 'surgery', title: 'Hip operation', date: '2026-11-02', ongoing: true, personIds: [sue] }).id;
    const wedding = api.call('events:create', { typeKey: 'wedding', title: 'Sue and Bob married', date: '1975-06-14', personIds: [sue, bob] }).id;
    const visitHere = api.call('visits:create', { clientId: smith, startsAt: '2026-11-20T09:00:00Z', expectedPersonIds: [sue, bob] }).id;
    api.call('visits:update', { id: visitHere, notes: 'New router in.\nSue says the hip is mending.', workDone: 'Router swapped' });
    api.call('acknowledgements:record', { eventIds: [surgery], visitId: visitHere, note: 'asked; mending' });
    const visitFar = api.call('visits:create', { clientId: farm, startsAt: '2026-11-21T09:00:00Z' }).id;
    api.call('visits:update', { id: visitFar, notes: 'They know Sue Baker from the WI.\nSue from the feed merchants rang.' });
    const visitOther = api.call('visits:create', { clientId: farm, startsAt: '2026-11-22T09:00:00Z' }).id;
    api.call('visits:update', { id: visitOther, notes: 'Sue from the feed merchants rang again.' });
    api.call('followUps:create', { clientId: smith, personId: sue, dueAt: '2026-11-27T18:00:00Z', kind: 'call', context: 'Hip and router' });
    api.call('followUps:create', { clientId: smith, personId: bob, dueAt: '2026-11-28T18:00:00Z', kind: 'call', context: 'Ask Bob how Susie is' });
    api.call('knowHow:create', { clientId: smith, personId: sue, question: 'How do I print from the iPad?' });
    api.call('tags:add', { personId: sue, name: 'Newsletter' });
    ids = { smith, farm, sue, bob, surgery, wedding, visitHere, visitFar, visitOther };
  });
  afterEach(() => store.dispose());

  it('exports everything about one person, with the lines of other records that name them', () => {
    const exported = api.call('people:exportAll', { id: ids.sue });
    expect(exported).toMatchObject({
      format: 'askafter-person-export',
      version: 1,
      exportedAt: NOW,
      person: { id: ids.sue, givenName: 'Sue', nickname: 'Susie', interests: 'allotment' },
      contactDetails: [
        { kind: 'phone', value: '07700 900123', label: 'mobile' },
        { kind: 'phone', value: '0113 496 0999', label: 'home' },
      ],
      roles: [{ role: 'owner', clientName: 'Smith Dental' }],
      relationships: [{ otherPersonId: ids.bob, otherName: 'Bob Baker', otherIs: 'spouse', kind: 'spouse' }],
      attendance: [{ visitId: ids.visitHere, clientName: 'Smith Dental', expected: true, status: 'planned' }],
      followUps: [{ context: 'Hip and router' }],
      knowHow: [{ question: 'How do I print from the iPad?' }],
      tags: ['Newsletter'],
    });
    expect(exported.lifeEvents.map((e) => [e.title, e.personIds, e.acknowledgements.map((a) => a.note)])).toEqual([
      ['Sue and Bob married', [ids.sue, ids.bob], []],
      ['Hip operation', [ids.sue], ['asked; mending']],
    ]);
    expect(exported.mentions.map((m) => [m.entity, m.id, m.excerpts])).toEqual([
      ['visit', ids.visitHere, ['Sue says the hip is mending.']],
      ['visit', ids.visitFar, ['They know Sue Baker from the WI.']],
      ['followUp', expect.any(Number), ['Ask Bob how Susie is']],
      ['client', ids.smith, ['Sue at reception']],
      ['person', ids.bob, ['Married to Sue since 1975.']],
    ]);
  });

  it('forgets a person for good: their rows, relations and search entries, in one go, listing what still names them', () => {
    expect(api.call('search:query', { q: 'Sue' }).some((h) => h.kind === 'person' && h.id === ids.sue)).toBe(true);
    const outcome = api.call('people:forget', { id: ids.sue, confirm: true });
    expect(outcome).toMatchObject({
      personId: ids.sue,
      name: 'Sue Baker',
      deleted: { people: 1, roles: 1, relationships: 1, lifeEvents: 1, eventLinks: 2, attendance: 1, followUps: 1, knowHow: 1 },
    });
    expect(outcome.mentions.map((m) => [m.entity, m.id])).toEqual([
      ['visit', ids.visitHere],
      ['visit', ids.visitFar],
      ['event', ids.wedding],
      ['followUp', expect.any(Number)],
      ['client', ids.smith],
      ['person', ids.bob],
    ]);

    const trace = (sql: string) => (store.sqlite.prepare(sql).all(ids.sue) as unknown[]).length;
    expect(trace('select 1 from people where id = ?')).toBe(0);
    expect(trace('select 1 from roles where person_id = ?')).toBe(0);
    expect(trace('select 1 from contact_details where person_id = ?')).toBe(0);
    expect(trace('select 1 from relationships where ? in (person_a_id, person_b_id)')).toBe(0);
    expect(trace('select 1 from life_event_people where person_id = ?')).toBe(0);
    expect(trace('select 1 from visit_attendees where person_id = ?')).toBe(0);
    expect(trace('select 1 from follow_ups where person_id = ?')).toBe(0);
    expect(trace('select 1 from know_how where person_id = ?')).toBe(0);
    // A person's entry: rowid = (6 << 40) + id * 8 + 2 (migration 0010).
    expect(trace('select 1 from search_index where rowid = (6 << 40) + ? * 8 + 2')).toBe(0);
    expect(countRows(store, 'acknowledgements')).toBe(0);
    expect(api.call('events:get', { id: ids.wedding }).personIds).toEqual([ids.bob]);
    expect(api.failure('events:get', { id: ids.surgery }).code).toBe('not_found');

    // Search finds nothing of theirs: only the records listed for editing by hand, and Bob.
    const listed = new Set(outcome.mentions.map((m) => `${m.entity}:${m.id}`));
    for (const q of ['Sue Baker', 'Susie', 'Baker', 'allotment', 'Hip operation', 'iPad']) {
      for (const hit of api.call('search:query', { q })) {
        expect((hit.kind === 'person' && hit.id === ids.bob) || listed.has(`${hit.kind}:${hit.id}`), `${q} found ${hit.kind} ${hit.id}`).toBe(true);
      }
    }
    expect(api.call('search:query', { q: 'Hip operation' })).toEqual([]);
    // Only the follow-up that still says "Susie", listed above for editing by hand.
    expect(api.call('search:query', { q: 'Susie' }).map((hit) => `${hit.kind}:${hit.id}`)).toEqual(outcome.mentions.filter((m) => m.entity === 'followUp').map((m) => `followUp:${m.id}`));
    expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('forgets someone in the trash too, and asks for confirmation', () => {
    api.call('people:delete', { id: ids.bob });
    expect(api.failure('people:forget', { id: ids.bob } as never)).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/pass confirm: true/) });
    expect(api.call('people:forget', { id: ids.bob, confirm: true }).deleted).toMatchObject({ people: 1, followUps: 1 });
    expect(api.call('trash:list', {})).toEqual([]);
    expect(api.failure('people:forget', { id: ids.bob, confirm: true }).code).toBe('not_found');
  });
});
