import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../db/handlers/index.ts';
import { DESCRIBE, RELATED_CONTACTS, toFtsQueries } from '../../../db/repositories/search.ts';
import type { SearchHit } from '../../../src/contract/schemas/search.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { records } from './records.ts';

describe('search', () => {
  let store: TempStore;
  let call: Dispatcher;
  let r: ReturnType<typeof records>;
  beforeEach(async () => {
    store = await tempStore();
    call = createDispatcher(store, fixedClock('2026-11-25T09:00:00.000Z'));
    r = records(store);
  });
  afterEach(() => store.dispose());

  const search = (q: string, limit?: number): SearchHit[] => {
    const result = call('search:query', limit === undefined ? { q } : { q, limit });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as SearchHit[];
  };
  const found = (q: string) => search(q).map((h) => `${h.kind}:${h.id}`);

  describe('keeps the index in step with every write', () => {
    type Records = ReturnType<typeof records>;
    const sources: { kind: string; table: string; column: string; create: (r: Records) => number }[] = [
      { kind: 'client', table: 'clients', column: 'notes', create: (r) => r.client('Quimby Dental', { notes: 'xylophone in reception' }) },
      { kind: 'person', table: 'people', column: 'interests', create: (r) => r.person('Quentin', 'Blake', { interests: 'xylophone, bowls' }) },
      { kind: 'event', table: 'life_events', column: 'notes', create: (r) => r.event('Trip to Wales', { notes: 'took the xylophone', clientId: r.client('Owner') }) },
      { kind: 'visit', table: 'visits', column: 'work_done', create: (r) => r.visit(r.client('Owner'), { purpose: 'Printer', workDone: 'moved xylophone off the router' }) },
      { kind: 'incident', table: 'incidents', column: 'prevention', create: (r) => r.incident(r.client('Owner'), 'Server down', { prevention: 'no xylophone near the server' }) },
      { kind: 'knowHow', table: 'know_how', column: 'answer', create: (r) => r.knowHow(r.client('Owner'), 'How do I scan?', { answer: 'lift the xylophone first' }) },
      { kind: 'person', table: 'people', column: 'notes', create: (r) => r.person('Quincy', 'Adams', { notes: 'keeps a xylophone in the hall' }) },
      { kind: 'followUp', table: 'follow_ups', column: 'context', create: (r) => r.followUp(r.client('Owner'), { context: 'quote for a xylophone stand' }) },
    ];

    for (const { kind, table, column, create } of sources) {
      it(`${kind}: insert, update, trash, restore and delete for good`, () => {
        const id = create(r);
        const hit = `${kind}:${id}`;
        expect(found('xylophone')).toEqual([hit]);

        store.sqlite.prepare(`update ${table} set ${column} = 'marimba now' where id = ?`).run(id);
        expect(found('xylophone')).toEqual([]);
        expect(found('marimba')).toEqual([hit]);

        store.sqlite.prepare(`update ${table} set deleted_at = '2026-11-20T10:00:00.000Z' where id = ?`).run(id);
        expect(found('marimba')).toEqual([]);

        expect(call('trash:restore', { entity: kind, id })).toMatchObject({ ok: true });
        expect(found('marimba')).toEqual([hit]);

        store.sqlite.prepare(`update ${table} set deleted_at = '2026-11-21T10:00:00.000Z' where id = ?`).run(id);
        expect(call('trash:empty', { confirm: true })).toMatchObject({ ok: true, value: { deleted: 1 } });
        expect(found('marimba')).toEqual([]);
        expect(store.sqlite.prepare(`select count(*) as n from ${table} where id = ?`).get(id)).toEqual({ n: 0 });
      });
    }

    it('indexes every searchable column, and nothing else', () => {
      const client = r.client('Alderney Accountants', { notes: 'bakelite phones', address: 'Zanzibar Road' });
      const person = r.person('Gwendolyn', 'Featherstonehaugh', { nickname: 'Gwen', interests: 'dressage', preferences: 'lemon drizzle' });
      const event = r.event('Ruby wedding', { notes: 'marquee in the garden', clientId: client });
      const visit = r.visit(client, { purpose: 'Quarterly checkup', notes: 'coffee machine noisy', workDone: 'patched firmware', location: 'Upstairs' });
      const incident = r.incident(client, 'Mailbox full', { cause: 'newsletter loop', prevention: 'quota alerts', impact: 'Nobody could invoice' });
      const knowHow = r.knowHow(client, 'Where is the VPN?', { answer: 'in the tray icon' });
      const expectations: [string, string][] = [
        ['Alderney', `client:${client}`],
        ['bakelite', `client:${client}`],
        ['Gwendolyn', `person:${person}`],
        ['Featherstonehaugh', `person:${person}`],
        ['Gwen', `person:${person}`],
        ['dressage', `person:${person}`],
        ['Ruby', `event:${event}`],
        ['marquee', `event:${event}`],
        ['Quarterly', `visit:${visit}`],
        ['coffee', `visit:${visit}`],
        ['firmware', `visit:${visit}`],
        ['Mailbox', `incident:${incident}`],
        ['newsletter', `incident:${incident}`],
        ['quota', `incident:${incident}`],
        ['VPN', `knowHow:${knowHow}`],
        ['tray', `knowHow:${knowHow}`],
      ];
      for (const [q, hit] of expectations) expect(found(q), q).toEqual([hit]);
      for (const unindexed of ['Zanzibar', 'drizzle', 'Upstairs', 'invoice']) expect(found(unindexed), unindexed).toEqual([]);
    });

    it("through the app's own channels: create, update, delete, restore", () => {
      const value = <T>(result: ReturnType<Dispatcher>): T => {
        if (!result.ok) throw new Error(result.error.message);
        return result.value as T;
      };
      const client = value<{ id: number }>(call('clients:create', { name: 'Quayside Clinic', kind: 'business' })).id;
      const writes: { kind: string; remove: Parameters<Dispatcher>[0]; create: () => number; update: (id: number) => unknown }[] = [
        {
          kind: 'client',
          remove: 'clients:delete',
          create: () => value<{ id: number }>(call('clients:create', { name: 'Xylophone Repairs', kind: 'business' })).id,
          update: (id) => call('clients:update', { id, name: 'Marimba Repairs' }),
        },
        {
          kind: 'person',
          remove: 'people:delete',
          create: () => value<{ id: number }>(call('people:create', { givenName: 'Xylophone', familyName: 'Smith' })).id,
          update: (id) => call('people:update', { id, givenName: 'Marimba' }),
        },
        {
          kind: 'event',
          remove: 'events:delete',
          create: () => value<{ id: number }>(call('events:create', { typeKey: 'trip', title: 'Xylophone tour', date: '2026-06-01', clientId: client })).id,
          update: (id) => call('events:update', { id, title: 'Marimba tour' }),
        },
        {
          kind: 'visit',
          remove: 'visits:delete',
          create: () => value<{ id: number }>(call('visits:create', { clientId: client, startsAt: '2026-11-20T10:00:00Z', notes: 'tuned the xylophone' })).id,
          update: (id) => call('visits:update', { id, notes: 'tuned the marimba' }),
        },
        {
          kind: 'incident',
          remove: 'incidents:delete',
          create: () => value<{ id: number }>(call('incidents:create', { clientId: client, startedAt: '2026-11-01T10:00:00Z', summary: 'Xylophone fell on the server' })).id,
          update: (id) => call('incidents:update', { id, summary: 'Marimba fell on the server' }),
        },
        {
          kind: 'knowHow',
          remove: 'knowHow:delete',
          create: () => value<{ id: number }>(call('knowHow:create', { clientId: client, question: 'Where is the xylophone?' })).id,
          update: (id) => call('knowHow:update', { id, question: 'Where is the marimba?' }),
        },
      ];
      // Earlier records stay in the index, so look only at hits of the kind under test.
      const foundOf = (kind: string, q: string) => found(q).filter((hit) => hit.startsWith(`${kind}:`));
      for (const { kind, remove, create, update } of writes) {
        const id = create();
        const hit = `${kind}:${id}`;
        expect(foundOf(kind, 'xylophone'), kind).toEqual([hit]);
        expect(update(id), kind).toMatchObject({ ok: true });
        expect(foundOf(kind, 'xylophone'), kind).toEqual([]);
        expect(foundOf(kind, 'marimba'), kind).toEqual([hit]);
        expect(call(remove, { id }), kind).toMatchObject({ ok: true });
        expect(foundOf(kind, 'marimba'), kind).toEqual([]);
        expect(call('trash:restore', { entity: kind, id }), kind).toMatchObject({ ok: true });
        expect(foundOf(kind, 'marimba'), kind).toEqual([hit]);
      }
    });

    it('deleting a client for good takes its records out of the index too', () => {
      const client = r.client('Bramley Opticians');
      r.visit(client, { notes: 'bramley apples on the desk' });
      r.incident(client, 'Bramley till offline');
      r.knowHow(client, 'Bramley wifi password?');
      r.event('Bramley anniversary', { clientId: client });
      expect(search('bramley')).toHaveLength(5);
      store.sqlite.prepare('delete from clients where id = ?').run(client);
      expect(search('bramley')).toEqual([]);
      expect(store.sqlite.prepare('select count(*) as n from search_index').get()).toEqual({ n: 0 });
    });

    it('hides the records of a client in the trash', () => {
      const client = r.client('Cotswold Cottages');
      const visit = r.visit(client, { notes: 'thatched roof wifi' });
      expect(found('thatched')).toEqual([`visit:${visit}`]);
      expect(call('clients:delete', { id: client })).toMatchObject({ ok: true });
      expect(found('thatched')).toEqual([]);
    });
  });

  describe('matching', () => {
    it('finds names by their first letters while typing', () => {
      const lily = r.person('Lily');
      // One letter would read the whole index (prefixes are indexed from two letters): it waits for the second.
      expect(found('l')).toEqual([]);
      expect(found('li')).toEqual([`person:${lily}`]);
      expect(found('lil')).toEqual([`person:${lily}`]);
      expect(found('lily b')).toEqual([]);
      expect(found('LILY')).toEqual([`person:${lily}`]);
      expect(found('lilac')).toEqual([]);
    });

    it('ignores accents and case both ways', () => {
      const zoe = r.person('Zoë', 'Brontë');
      const jose = r.person('José', 'Núñez');
      expect(found('zoe')).toEqual([`person:${zoe}`]);
      expect(found('ZOË bronte')).toEqual([`person:${zoe}`]);
      expect(found('jose nunez')).toEqual([`person:${jose}`]);
      expect(found('Nú')).toEqual([`person:${jose}`]);
    });

    it('needs every word, the last one as a prefix', () => {
      const sue = r.person('Sue', 'Baker');
      r.person('Sue', 'Carter');
      expect(found('sue bak')).toEqual([`person:${sue}`]);
      expect(found('baker sue')).toEqual([`person:${sue}`]);
    });

    it('ranks names above passing mentions and highlights the match', () => {
      const client = r.client('Harrow Dental');
      const visit = r.visit(client, { notes: 'Spoke to Marjorie about the new Harrow branch opening next spring' });
      const marjorie = r.person('Marjorie', 'Harrow');
      const hits = search('harrow');
      expect(hits.map((h) => `${h.kind}:${h.id}`).slice(-1)).toEqual([`visit:${visit}`]);
      expect(hits.map((h) => h.rank)).toEqual([1, 2, 3]);
      expect(hits.find((h) => h.kind === 'person')).toMatchObject({ id: marjorie, title: 'Marjorie Harrow', snippet: 'Marjorie [[Harrow]]', via: null });
      expect(hits.find((h) => h.kind === 'visit')).toMatchObject({ title: 'Visit to Harrow Dental on 4 Mar', clientId: client, snippet: expect.stringContaining('the new [[Harrow]] branch') });
    });

    it('caps the results at the limit', () => {
      for (let i = 0; i < 30; i++) r.person(`Tamsin${i}`);
      expect(search('tamsin')).toHaveLength(20);
      expect(search('tamsin', 5)).toHaveLength(5);
    });

    it('never fails on hostile input', () => {
      const lily = r.person('Lily', "O'Brien-Smith");
      const hostile = [
        '"', '""', "'", '(', ')', '(lily', 'lily)', '"lily', 'lily"', '-lily', 'lily -', '+lily', '^lily', '*', 'lil*', '**', 'AND', 'OR', 'NOT', 'NEAR',
        'lily AND', 'OR lily', 'NOT lily', 'NEAR(lily brien)', 'NEAR/2', 'name:lily', 'body:', '{name body}: lily', 'lily:', ':', '😀', '👨‍👩‍👧 lily', '🇬🇧',
        'a"b', '\\', '%', '_', ';', "'; drop table people; --", '\u0000', '\u200b', 'x'.repeat(200), "O'Brien", 'o brien-smith', 'ﷺ', 'ℌ',
      ];
      for (const q of hostile) expect(call('search:query', { q }), JSON.stringify(q)).toMatchObject({ ok: true });
      for (const q of ['(lily', 'lily)', '"lily', '-lily', '+lily', '^lily', 'lil*', '👨‍👩‍👧 lily', "O'Brien", 'o brien-smith']) {
        expect(found(q), q).toEqual([`person:${lily}`]);
      }
    });

    it('builds queries that quote every word', () => {
      expect(toFtsQueries('sue "AND" (baker')).toEqual({
        names: 'name : "sue" AND name : "AND" AND name : "baker"*',
        anywhere: '{name body} : "sue" AND {name body} : "AND" AND {name body} : "baker"*',
        lastLetterLeftOut: false,
      });
      expect(toFtsQueries('😀 -- *')).toBeNull();
      expect(toFtsQueries('l')).toBeNull();
      expect(toFtsQueries('李')?.names).toBe('name_chars : "李"');
      expect(toFtsQueries('+44 7700 900123')?.anywhere).toBe('({name body} : "44" AND {name body} : "7700" AND {name body} : "900123"*) OR phone : ("447700900123"* OR "700900123")');
    });
  });

  describe('what a consultant remembers of someone', () => {
    it("finds a person by their notes, and a follow-up by what it is about, each naming its client", () => {
      const dental = r.client('Smith Dental');
      const sue = r.person('Sue', 'Baker', { notes: 'Allergic to lilies; never bring flowers' });
      r.role(sue, dental);
      const followUp = r.followUp(dental, { personId: sue, context: 'Ring back about the broadband contract renewal', kind: 'call' });
      expect(search('allergic')).toEqual([expect.objectContaining({ kind: 'person', id: sue, client: 'Smith Dental', clientId: dental, snippet: '[[Allergic]] to lilies; never bring flowers' })]);
      expect(search('broadband contract')).toEqual([
        expect.objectContaining({
          kind: 'followUp',
          id: followUp,
          title: 'Follow-up (call) with Sue Baker, due 5 Mar',
          client: 'Smith Dental',
          snippet: 'Ring back about the [[broadband]] [[contract]] renewal',
        }),
      ]);
    });

    it('finds the person and their client from a phone number however it is typed', () => {
      const dental = r.client('Smith Dental', { phone: '01632 960000' });
      const sue = r.person('Sue', 'Baker', { phone: '+44 7700 900123' });
      r.role(sue, dental);
      const tom = r.person('Tom', 'Reed', { phone: '07700 900456' });
      for (const typed of ['+44 7700 900123', '07700 900123', '7700900123', '(07700) 900-123', '447700900123']) {
        expect(search(typed), typed).toEqual([expect.objectContaining({ kind: 'person', id: sue, client: 'Smith Dental', snippet: 'Phone [[+44 7700 900123]]' })]);
      }
      // The start of a number finds it while it is being typed; the start alone is not the end of another.
      expect(found('07700 9')).toEqual([`person:${tom}`]);
      expect(found('+44 7700 900456')).toEqual([`person:${tom}`]);
      expect(found('01632 960000')).toEqual([`client:${dental}`]);
      expect(found('7700 900999')).toEqual([]);
      // A changed number is found by the new one only.
      store.sqlite.prepare('update people set phone = ? where id = ?').run('07700 900789', sue);
      expect(found('07700 900123')).toEqual([]);
      expect(found('+44 7700 900789')).toEqual([`person:${sue}`]);
    });

    it('says which client each look-alike record belongs to', () => {
      const names = ['Smith Dental', 'Harrow Opticians', 'Corner Shop', 'Bramley Bakery', 'Quayside Clinic'];
      const ids = names.map((name) => r.client(name));
      for (const client of ids) r.knowHow(client, "Quotes going to customers' spam");
      const hits = search('quotes spam');
      expect(hits.map((h) => h.title)).toEqual(Array(5).fill("Quotes going to customers' spam"));
      expect(hits.map((h) => h.client).sort()).toEqual([...names].sort());
      expect(hits.map((h) => h.clientId).sort()).toEqual([...ids].sort());
    });
  });

  describe('names written without spaces (Chinese, Japanese)', () => {
    it('finds them from one character, anywhere in the name', () => {
      const li = r.person('李明');
      const tanaka = r.person('太郎', '田中');
      const joined = r.person('田中太郎');
      const event = r.event('女儿结婚', { notes: '婚礼在上海' });
      expect(found('李')).toEqual([`person:${li}`]);
      expect(found('明')).toEqual([`person:${li}`]);
      expect(found('李明')).toEqual([`person:${li}`]);
      expect(found('明李')).toEqual([]);
      expect(found('太郎').sort()).toEqual([`person:${tanaka}`, `person:${joined}`].sort());
      expect(found('中太').sort()).toEqual([`person:${joined}`]);
      expect(found('田中 太郎').sort()).toEqual([`person:${tanaka}`, `person:${joined}`].sort());
      expect(found('结婚')).toEqual([`event:${event}`]);
      expect(found('上海')).toEqual([`event:${event}`]);
      expect(search('李')[0]).toMatchObject({ title: '李明', snippet: '[[李明]]' });
      // A Latin single letter still waits for a second one.
      r.person('Lily');
      expect(found('l')).toEqual([]);
    });

    it('does not join two separate runs into one', () => {
      r.event('田中 · 太郎');
      expect(found('中太')).toEqual([]);
    });
  });

  describe('relatives of a matching person', () => {
    it("a grandchild's name finds the grandparent who is a client contact, right after the grandchild", () => {
      const bakery = r.client("Baker's Bakery");
      const sue = r.person('Sue', 'Baker');
      r.role(sue, bakery);
      const lily = r.person('Lily');
      r.relationship(sue, 'grandparent', lily);
      const kate = r.person('Kate', 'Baker');
      r.relationship(kate, 'parent', lily);
      const lilian = r.person('Lilian', 'Cox');
      r.role(lilian, r.client('Cox & Co'));

      const hits = search('lil');
      const lilyAt = hits.findIndex((h) => h.id === lily);
      expect(hits[lilyAt + 1]).toMatchObject({
        kind: 'person',
        id: sue,
        title: 'Sue Baker',
        clientId: bakery,
        snippet: 'Grandparent of [[Lily]]',
        via: { personId: lily, name: 'Lily', relation: 'grandparent' },
      });
      expect(hits.map((h) => h.id).sort()).toEqual([sue, lily, lilian].sort());
      expect(hits.map((h) => h.id)).not.toContain(kate);
    });

    it('reads relationships from both sides and says when they have ended', () => {
      const shop = r.client('Corner Shop');
      const dave = r.person('Dave', 'Marsh');
      const jo = r.person('Jo', 'Marsh');
      r.role(jo, shop);
      r.relationship(jo, 'partner', dave, { until: '2026-06-01' });
      const tom = r.person('Tom', 'Marsh');
      r.role(tom, shop, { role: 'staff' });
      r.relationship(dave, 'parent', tom);

      const hits = search('dave');
      expect(hits.map((h) => [h.title, h.via?.relation ?? null])).toEqual([
        ['Dave Marsh', null],
        ['Jo Marsh', 'former partner'],
        ['Tom Marsh', 'child'],
      ]);
    });

    it('leaves out relatives in the trash, without a current role, or at a client in the trash', () => {
      const lily = r.person('Lily');
      const trashed = r.person('Gran', 'Trashed', { deletedAt: '2026-11-01T00:00:00.000Z' });
      r.role(trashed, r.client('Somewhere'));
      const retired = r.person('Grandpa', 'Retired');
      r.role(retired, r.client('Old Firm'), { until: '2020-01-01' });
      const away = r.person('Nana', 'Away');
      r.role(away, r.client('Gone Ltd', { deletedAt: '2026-11-01T00:00:00.000Z' }));
      for (const other of [trashed, retired, away]) r.relationship(other, 'grandparent', lily);
      expect(found('lily')).toEqual([`person:${lily}`]);
    });

    it('looks up relationships and roles through their indexes', () => {
      const plan = (sql: string, params: object) =>
        (store.sqlite.prepare(`explain query plan ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail).join('\n');
      const related = plan(RELATED_CONTACTS, { personIds: '[1, 2]', today: '2026-11-25' });
      expect(related).toMatch(/SEARCH r USING INDEX relationships_b_idx \(person_b_id=\?\)/);
      expect(related).toMatch(/SEARCH r USING INDEX relationships_a_idx \(person_a_id=\?\)/);
      expect(related).toMatch(/SEARCH ro USING INDEX roles_person_idx/);
      expect(related).not.toMatch(/SCAN (r|p|ro|c)\b/);

      const described = plan(DESCRIBE, { keys: '[9, 10, 27]', today: '2026-11-25' });
      for (const alias of ['c', 'p', 'e', 'v', 'i', 'kh', 'f', 'fp', 'owner']) expect(described, alias).toMatch(new RegExp(`SEARCH ${alias} USING INTEGER PRIMARY KEY`));
      expect(described).not.toMatch(/SCAN (c|p|e|v|i|kh|f|fp|owner|ro|rc|lep)\b/);
    });
  });
});
