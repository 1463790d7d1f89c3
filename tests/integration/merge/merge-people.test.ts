import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCaller } from '../../../db/handlers/caller.ts';
import { createDispatcher } from '../../../db/handlers/index.ts';
import type { Item } from '../../../src/briefing/items.ts';
import type { Briefing } from '../../../src/contract/schemas/briefing.ts';
import type { MergeOutcome, MergePreview } from '../../../src/contract/schemas/merge.ts';
import type { Person, RelativeView } from '../../../src/contract/schemas/people.ts';
import type { SearchHit } from '../../../src/contract/schemas/search.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

/**
 * One record per person (issue 14): merging two records of the same person through the
 * channels, over a real database. Every link moves to the record kept, the kindness rules hold
 * afterwards, and bad requests are refused in words and change nothing.
 */

const NOW = '2026-11-25T08:00:00.000Z';
const TZ = 'Europe/London';

const allItems = (b: Briefing): Item[] => [...b.people.flatMap((p) => p.sections.flatMap((s) => [...s.items, ...s.more])), ...b.client.sections.flatMap((s) => [...s.items, ...s.more])];
const textsOf = (items: readonly Item[]) => items.map((i) => i.text);

describe('merging two records of one person', () => {
  let store: TempStore;
  let dispatch: ReturnType<typeof createDispatcher>;
  let ids: { client: number; sue: number; tom: number; tommy: number; visit: number; past: number };
  const call = <T,>(channel: string, input: unknown): T => {
    const result = dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const refused = (channel: string, input: unknown) => {
    const result = dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} should have been refused`);
    return result.error;
  };
  const brief = () => call<Briefing>('briefing:forVisit', { id: ids.visit, timeZone: TZ });

  beforeEach(async () => {
    store = await tempStore();
    dispatch = createDispatcher(store, fixedClock(NOW));
    const client = call<{ id: number }>('clients:create', { name: 'Reed Joinery', kind: 'business', rhythmDays: 28 }).id;
    const sue = call<Person>('people:create', { givenName: 'Sue', familyName: 'Reed', clientId: client, role: 'owner' }).id;
    const tom = call<Person>('people:create', { givenName: 'Tom', familyName: 'Reed', clientId: client, role: 'manager', phone: '07700 900123', interests: 'fishing' }).id;
    call('relationships:create', { personAId: sue, personBId: tom, kind: 'spouse', since: null, until: null, notes: null });
    // The same Tom, typed in again from his e-mail signature, with his birthday and a partnership to Sue.
    const tommy = call<Person>('people:create', {
      givenName: 'Tom',
      familyName: 'Reed',
      email: 'tom@reedjoinery.example',
      phone: '+44 7700 900123',
      interests: 'Leeds United',
      birthday: { month: 3, day: 12, year: 1958 },
      clientId: client,
      role: 'manager',
    }).id;
    call('relationships:create', { personAId: tommy, personBId: sue, kind: 'spouse', since: null, until: null, notes: null });
    call('relationships:create', { personAId: tom, personBId: tommy, kind: 'other', since: null, until: null, notes: 'same person?' });
    const past = call<{ id: number }>('visits:create', { clientId: client, startsAt: '2026-11-01T10:00:00Z', purpose: 'Router' }).id;
    call('visits:setAttendees', { id: past, attendees: [{ personId: tommy, expected: true, attended: true }, { personId: tom, expected: true, attended: false }] });
    call('visits:complete', { id: past });
    call('contacts:create', { clientId: client, personId: tommy, kind: 'call', occurredAt: '2026-11-10T10:00:00Z', summary: 'Asked about the backup drive' });
    call('followUps:create', { clientId: client, personId: tommy, dueAt: '2026-11-26T18:00:00Z', kind: 'call', context: 'the backup drive' });
    call('knowHow:create', { personId: tommy, question: 'How do I share the calendar?', answer: 'Right-click, Share.' });
    const surgery = call<{ id: number }>('events:create', { typeKey: 'surgery', title: 'Knee operation', date: '2026-10-20', ongoing: true, personIds: [tommy] }).id;
    call('acknowledgements:record', { eventIds: [surgery], visitId: past });
    const visit = call<{ id: number }>('visits:create', { clientId: client, startsAt: '2026-11-27T10:00:00Z', purpose: 'Server check' }).id;
    ids = { client, sue, tom, tommy, visit, past };
  });
  afterEach(() => store.dispose());

  it('previews every field side by side and how many records hang off each', () => {
    const preview = call<MergePreview>('people:mergePreview', { keepId: ids.tom, mergeId: ids.tommy });
    expect(preview.fields.map((f) => f.label)).toEqual([
      'First name',
      'Family name',
      'Nickname',
      'Birthday',
      'Died on',
      'Phone',
      'E-mail',
      'Interests',
      'Preferences',
      'Tech comfort',
      'How to explain things',
      'Follow-up consent',
      'Follow up by',
      'Good times',
      'Notes',
    ]);
    const field = (name: string) => preview.fields.find((f) => f.field === name);
    expect(field('birthday')).toMatchObject({ kept: null, merged: '12 March 1958', proposed: 'merged' });
    expect(field('interests')).toMatchObject({ kept: 'fishing', merged: 'Leeds United', proposed: 'kept', choices: ['kept', 'merged', 'both'] });
    expect(field('givenName')).toMatchObject({ choices: ['kept'] });
    const links = Object.fromEntries(preview.links.map((l) => [l.link, [l.kept, l.merged]]));
    expect(links).toEqual({
      roles: [1, 1],
      relationships: [2, 2],
      lifeEvents: [0, 1],
      acknowledgements: [0, 1],
      attendance: [1, 1],
      contacts: [0, 1],
      followUps: [0, 1],
      knowHow: [0, 1],
    });
    expect(preview.notes).toEqual([
      'Dropped: The relationship between Tom Reed and Tom Reed (one person now).',
      'Dropped: 1 relationship both records had.',
      'Dropped: 1 role both records had.',
    ]);
    // A preview writes nothing.
    expect(countRows(store, 'people')).toBe(3);
    expect(countRows(store, 'relationships')).toBe(3);
  });

  it('moves every link to the record kept, takes the fields chosen, and leaves no trace of the other', () => {
    const outcome = call<MergeOutcome>('people:merge', { keepId: ids.tom, mergeId: ids.tommy, choices: { interests: 'both', phone: 'merged' } });
    expect(outcome).toMatchObject({ kind: 'person', kept: { id: ids.tom, name: 'Tom Reed' }, merged: { id: ids.tommy } });
    const tom = call<Person>('people:get', { id: ids.tom });
    expect(tom).toMatchObject({ phone: '+44 7700 900123', email: 'tom@reedjoinery.example', interests: 'fishing\n\nLeeds United', birthday: { month: 3, day: 12, year: 1958 } });
    expect(dispatch('people:get', { id: ids.tommy })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    expect(call<RelativeView[]>('people:relatives', { id: ids.tom }).map((r) => [r.other.id, r.otherIs])).toEqual([[ids.sue, 'spouse']]);
    expect(call<unknown[]>('roles:listForPerson', { personId: ids.tom })).toHaveLength(1);
    expect(call<{ attendees: { personId: number; attended: boolean }[] }>('visits:get', { id: ids.past }).attendees).toMatchObject([{ personId: ids.tom, attended: true }]);
    expect(call<unknown[]>('contacts:list', { personId: ids.tom })).toHaveLength(1);
    expect(call<unknown[]>('followUps:list', { personId: ids.tom })).toHaveLength(1);
    expect(call<unknown[]>('knowHow:list', { personId: ids.tom })).toHaveLength(1);
    expect(call<{ acknowledgements: unknown[] }[]>('events:list', { personId: ids.tom })).toMatchObject([{ title: 'Knee operation', acknowledgements: [{}] }]);
    // Their story now tells both records' history.
    const story = call<{ kind: string }[]>('people:story', { id: ids.tom });
    expect(new Set(story.map((e) => e.kind))).toEqual(new Set(['visit', 'contact', 'event', 'followUp']));

    // The search index follows: one Tom Reed, found by either phone or the interests merged in.
    const hits = call<SearchHit[]>('search:query', { q: 'Leeds' }).filter((h) => h.kind === 'person' && h.via === null);
    expect(hits.map((h) => h.id)).toEqual([ids.tom]);
    expect(call<SearchHit[]>('search:query', { q: '07700 900123' }).filter((h) => h.kind === 'person' && h.via === null).map((h) => h.id)).toEqual([ids.tom]);
    expect(call<SearchHit[]>('search:query', { q: 'Tom Reed' }).filter((h) => h.kind === 'person' && h.via === null).map((h) => h.id)).toEqual([ids.tom]);
    expect(countRows(store, 'people')).toBe(2);
  });

  it('keeps every number, address and tag of both, each once, with the number chosen first', () => {
    call('people:update', { id: ids.tommy, phones: [{ value: '+44 7700 900123', label: 'mobile' }, { value: '0113 496 0777', label: 'work' }], emails: [{ value: 'TOM@reedjoinery.example', label: null }, { value: 'tom.reed@home.example', label: 'home' }] });
    call('people:update', { id: ids.tom, emails: [{ value: 'tom@reedjoinery.example', label: 'work' }] });
    call('tags:add', { personId: ids.tommy, name: 'Backup contract' });
    call('tags:add', { personId: ids.tom, name: 'backup contract' });
    call('tags:add', { personId: ids.tommy, name: 'Newsletter' });
    call('people:merge', { keepId: ids.tom, mergeId: ids.tommy, choices: { phone: 'kept', email: 'merged' } });
    // The tags he wore on either record, each once.
    expect(call<{ name: string }[]>('tags:of', { personId: ids.tom }).map((t) => t.name).sort()).toEqual(['Backup contract', 'Newsletter']);
    const details = call<{ phones: { value: string; label: string | null }[]; emails: { value: string; label: string | null }[] }>('contactDetails:list', { personId: ids.tom });
    // His mobile was on both (typed two ways): once. The work number and home address came over.
    expect(details.phones.map((p) => p.value)).toEqual(['07700 900123', '0113 496 0777']);
    expect(details.emails.map((e) => e.value.toLowerCase())).toEqual(['tom@reedjoinery.example', 'tom.reed@home.example']);
    const tom = call<Person>('people:get', { id: ids.tom });
    expect(tom.phone).toBe('07700 900123');
    expect(tom.email?.toLowerCase()).toBe('tom@reedjoinery.example');
    // Any of the numbers finds him, and nobody else is left with them.
    expect(call<SearchHit[]>('search:query', { q: '0113 496 0777' }).map((h) => h.id)).toContain(ids.tom);
    expect(countRows(store, `contact_details where person_id = ${ids.tommy}`)).toBe(0);
  });

  it('a death recorded on the record merged in carries over: the briefing says he died and grief still softens cheer', () => {
    call('people:markDeceased', { id: ids.tommy, diedOn: '2026-11-17' });
    call('events:create', { typeKey: 'award', title: 'Sue won the craft award', date: '2026-11-20', personIds: [ids.sue] });
    const preview = call<MergePreview>('people:mergePreview', { keepId: ids.tom, mergeId: ids.tommy });
    expect(preview.fields.find((f) => f.field === 'diedOn')).toMatchObject({ kept: null, merged: '2026-11-17', proposed: 'merged', choices: ['merged'] });
    expect(preview.notes[0]).toMatch(/Tom Reed died on 2026-11-17/);
    expect(refused('people:merge', { keepId: ids.tom, mergeId: ids.tommy, choices: { diedOn: 'kept' } }).message).toMatch(/a death recorded on either record carries over/);

    call('people:merge', { keepId: ids.tom, mergeId: ids.tommy });
    expect(call<Person>('people:get', { id: ids.tom }).diedOn).toBe('2026-11-17');
    const b = brief();
    expect(b.people.map((p) => p.personId)).not.toContain(ids.tom);
    const texts = textsOf(allItems(b)).join('\n');
    expect(texts).not.toMatch(/Ask Tom|Wish Tom|how Tom is doing|Ring Tom|Call Tom/);
    expect(texts).toMatch(/Tom \(Sue's spouse\) died/);
    const sue = b.people.find((p) => p.personId === ids.sue)!;
    expect(sue.circle.find((m) => m.personId === ids.tom)?.status).toBe('died');
    expect(textsOf(sue.sections.find((s) => s.key === 'askAbout')!.items)).toEqual(["Not a headline so soon after Tom's death: if it comes up, ask Sue about the award."]);
  });

  it('refuses merging someone with themselves, an unknown id, a forgotten or trashed person, in words, and changes nothing', () => {
    const snapshot = () => ['people', 'roles', 'relationships', 'visit_attendees', 'life_event_people', 'contacts', 'follow_ups', 'know_how'].map((t) => store.sqlite.prepare(`select * from ${t}`).all());
    let before = snapshot();
    expect(refused('people:merge', { keepId: ids.tom, mergeId: ids.tom })).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/same person twice/) });
    expect(refused('people:mergePreview', { keepId: ids.tom, mergeId: 999 })).toMatchObject({ code: 'not_found', message: expect.stringMatching(/Person 999 was not found: they may have been forgotten/) });
    expect(refused('people:merge', { keepId: ids.tom, mergeId: 'two' })).toMatchObject({ code: 'invalid_input' });
    expect(refused('people:merge', { keepId: ids.tom, mergeId: ids.tommy, choices: { age: 'kept' } })).toMatchObject({ code: 'invalid_input' });
    expect(snapshot()).toEqual(before);

    call('people:forget', { id: ids.sue, confirm: true });
    call('people:delete', { id: ids.tommy });
    before = snapshot();
    expect(refused('people:merge', { keepId: ids.sue, mergeId: ids.tom })).toMatchObject({ code: 'not_found', message: expect.stringMatching(/Person \d+ was not found: they may have been forgotten/) });
    expect(refused('people:merge', { keepId: ids.tom, mergeId: ids.tommy })).toMatchObject({ code: 'conflict', message: 'Tom Reed is in the trash. Restore them from the Trash first, then merge.' });
    expect(snapshot()).toEqual(before);
  });

  it('a choice the field does not offer is refused and nothing moves', () => {
    const message = refused('people:merge', { keepId: ids.tom, mergeId: ids.tommy, choices: { givenName: 'both' } }).message;
    expect(message).toBe('First name cannot be taken as "both" here. Choose "kept".');
    expect(countRows(store, 'people')).toBe(3);
    expect(countRows(store, 'relationships')).toBe(3);
  });

  it('takes a backup before merging, through the app caller', async () => {
    const caller = createAppCaller(store, fixedClock(NOW));
    const result = await caller('people:merge', { keepId: ids.tom, mergeId: ids.tommy });
    expect(result.ok).toBe(true);
    const backups = readdirSync(join(store.dir, 'backups')).filter((f) => f.endsWith('-pre-merge.sqlite'));
    expect(backups).toHaveLength(1);
  });
});
