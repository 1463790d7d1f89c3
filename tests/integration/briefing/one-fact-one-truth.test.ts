import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../db/handlers/index.ts';
import type { Item } from '../../../src/briefing/items.ts';
import type { Briefing, Dashboard } from '../../../src/contract/schemas/briefing.ts';
import type { LifeEvent } from '../../../src/contract/schemas/events.ts';
import type { Person, RelativeView } from '../../../src/contract/schemas/people.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

/**
 * Issue 9's stories, each through the channels over a real database: whichever door a fact
 * comes in by, the briefing and the dashboard say the same kind thing.
 */

const NOW = '2026-11-25T08:00:00.000Z';
const TZ = 'Europe/London';

type Call = <T>(channel: string, input: unknown) => T;
const failing = (call: ReturnType<typeof createDispatcher>) => (channel: string, input: unknown) => {
  const result = call(channel, input);
  if (result.ok) throw new Error(`${channel} should have been refused`);
  return result.error.message;
};

const allItems = (b: Briefing): Item[] => [
  ...b.people.flatMap((p) => p.sections.flatMap((s) => [...s.items, ...s.more])),
  ...b.client.sections.flatMap((s) => [...s.items, ...s.more]),
];
const textsOf = (items: readonly Item[]) => items.map((i) => i.text);

describe('one fact, one truth, through the channels', () => {
  let store: TempStore;
  let call: Call;
  let refused: (channel: string, input: unknown) => string;
  let ids: { client: number; sue: number; tom: number; visit: number };

  beforeEach(async () => {
    store = await tempStore();
    const dispatch = createDispatcher(store, fixedClock(NOW));
    call = <T,>(channel: string, input: unknown): T => {
      const result = dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    refused = failing(dispatch);
    const client = call<{ id: number }>('clients:create', { name: 'Reed Joinery', kind: 'business', rhythmDays: 28 }).id;
    const sue = call<Person>('people:create', { givenName: 'Sue', familyName: 'Reed', clientId: client, role: 'owner' }).id;
    const tom = call<Person>('people:create', { givenName: 'Tom', familyName: 'Reed', clientId: client, role: 'owner', birthday: { month: 11, day: 27, year: 1960 } }).id;
    call('relationships:create', { personAId: sue, personBId: tom, kind: 'spouse', since: null, until: null, notes: null });
    call('events:create', { typeKey: 'surgery', title: 'Tom: knee operation', date: '2026-10-20', ongoing: true, personIds: [tom] });
    const visit = call<{ id: number }>('visits:create', { clientId: client, startsAt: '2026-11-26T10:00:00Z', purpose: 'Server check' }).id;
    ids = { client, sue, tom, visit };
  });
  afterEach(() => store.dispose());

  const brief = () => call<Briefing>('briefing:forVisit', { id: ids.visit, timeZone: TZ });
  const dashboard = () => call<Dashboard>('dashboard:get', { timeZone: TZ });

  describe('a death typed as a life event is a death', () => {
    let saved: LifeEvent;
    beforeEach(() => {
      saved = call<LifeEvent>('events:create', { typeKey: 'death', title: 'Tom passed away', date: '2026-10-01', precision: 'month', personIds: [ids.tom] });
    });

    it('marks Tom as having died and says so, with the month it gave', () => {
      expect(saved.alsoChanged).toEqual([{ kind: 'died', recordId: ids.tom, personName: 'Tom Reed', otherName: null, date: '2026-10-01', precision: 'month' }]);
      expect(call<Person>('people:get', { id: ids.tom }).diedOn).toBe('2026-10-01');
      // Sue, his family, is told through the event too, as "Mark as deceased" does.
      expect(call<LifeEvent>('events:get', { id: saved.id }).personIds).toEqual([ids.sue, ids.tom]);
    });

    it('never lists, greets, asks after or grieves as Tom, and gives Sue the condolence once', () => {
      const b = brief();
      expect(b.people.map((p) => p.personId)).toEqual([ids.sue]);
      const texts = textsOf(allItems(b)).join('\n');
      expect(texts).not.toMatch(/Ask Tom|Wish Tom|how Tom is doing|Tom is grieving|Ring Tom/);
      const deaths = allItems(b).filter((i) => i.kind === 'recent-death');
      expect(textsOf(deaths)).toEqual(["Tom (Sue's spouse) died in October. Don't ask after Tom; offer condolences if it feels right."]);
      expect(b.people[0]?.circle.find((m) => m.personId === ids.tom)?.status).toBe('died');
    });

    it('leaves his birthday off the dashboard', () => {
      const d = dashboard();
      expect(textsOf(d.dates).join('\n')).not.toMatch(/Tom/);
    });

    it('Undo (trashing the event) takes the death back; restoring it sets it again', () => {
      call('events:delete', { id: saved.id });
      expect(call<Person>('people:get', { id: ids.tom }).diedOn).toBeNull();
      expect(brief().people.map((p) => p.personId).sort()).toEqual([ids.sue, ids.tom].sort());
      call('trash:restore', { entity: 'event', id: saved.id });
      expect(call<Person>('people:get', { id: ids.tom }).diedOn).toBe('2026-10-01');
    });

    it('refuses a death event dated in the future, and changes nothing', () => {
      const message = refused('events:create', { typeKey: 'death', title: 'Sue died', date: '2027-01-05', personIds: [ids.sue] });
      expect(message).toMatch(/in the future/);
      expect(call<Person>('people:get', { id: ids.sue }).diedOn).toBeNull();
    });
  });

  it('news about a death in the family ("Sue\'s brother died") does not mark Sue as deceased', () => {
    const saved = call<LifeEvent>('events:create', { typeKey: 'death', title: "Sue's brother died", date: '2026-11-10', personIds: [ids.sue] });
    expect(saved.alsoChanged).toEqual([]);
    expect(call<Person>('people:get', { id: ids.sue }).diedOn).toBeNull();
    expect(textsOf(allItems(brief())).join('\n')).toMatch(/Sue is grieving: their brother died/);
  });

  it('a separation event between partners ends the partnership, and the care item names the ex', () => {
    const saved = call<LifeEvent>('events:create', { typeKey: 'separation', title: 'Sue and Tom separated', date: '2026-10-15', personIds: [ids.sue, ids.tom] });
    expect(saved.alsoChanged?.map((c) => c.kind)).toEqual(['relationship-ended']);
    const relatives = call<RelativeView[]>('people:relatives', { id: ids.sue });
    expect(relatives.map((r) => [r.other.givenName, r.relationship.current, r.relationship.until])).toEqual([['Tom', false, '2026-10-15']]);
    const b = brief();
    for (const p of b.people) expect(p.circle.filter((m) => m.relation === 'spouse').map((m) => m.status)).toEqual(['former']);
    const care = allItems(b).filter((i) => i.kind === 'former-partner');
    expect(textsOf(care)).toContain("Sue and Tom have separated. Don't mention Tom as Sue's spouse.");
    expect(textsOf(allItems(b)).join('\n')).not.toMatch(/Don't mention the former partner as a partner/);
  });

  it('a retirement ends his roles: he is no longer expected', () => {
    const saved = call<LifeEvent>('events:create', { typeKey: 'retirement', title: 'Tom retired', date: '2026-11-01', personIds: [ids.tom] });
    expect(saved.alsoChanged?.map((c) => [c.kind, c.otherName])).toEqual([['role-ended', 'Reed Joinery']]);
    expect(brief().people.map((p) => p.personId)).toEqual([ids.sue]);
  });

  describe('a promise to someone who has since died', () => {
    let followUp: number;
    beforeEach(() => {
      followUp = call<{ id: number }>('followUps:create', { clientId: ids.client, personId: ids.tom, dueAt: '2026-11-24T18:00:00Z', kind: 'call', context: 'ring Tom about his laptop' }).id;
      call('people:markDeceased', { id: ids.tom, diedOn: '2026-11-10' });
    });

    it('needs another contact on the dashboard and in the briefing, never "Ring Tom"', () => {
      const onDashboard = dashboard().followUps;
      expect(onDashboard.map((i) => i.kind)).toEqual(['needs-contact']);
      expect(onDashboard[0]?.text).toBe('Needs another contact: Tom died on 10 Nov. Ask someone else at Reed Joinery or close it. The promise: ring Tom about his laptop.');
      const inBriefing = allItems(brief()).filter((i) => i.about.some((a) => a.type === 'follow-up'));
      expect(inBriefing.map((i) => i.kind)).toEqual(['needs-contact']);
      expect(textsOf([...onDashboard, ...inBriefing]).join('\n')).not.toMatch(/^Ring Tom|has not said whether follow-ups are welcome/m);
    });

    it('can be handed to someone else at the client, never to Tom again', () => {
      expect(refused('followUps:reassign', { id: followUp, personId: ids.tom })).toMatch(/Tom Reed has died/);
      call('followUps:reassign', { id: followUp, personId: ids.sue });
      expect(dashboard().followUps.map((i) => [i.kind, i.text])).toEqual([['follow-up', 'Call Sue at Reed Joinery: ring Tom about his laptop.']]);
    });

    it('or closed', () => {
      call('followUps:done', { id: followUp, done: true });
      expect(dashboard().followUps).toEqual([]);
    });
  });

  it('a promise to someone whose roles have all ended needs another contact too', () => {
    call('followUps:create', { clientId: ids.client, personId: ids.tom, dueAt: '2026-11-24T18:00:00Z', kind: 'email', context: 'send the invoice' });
    const role = call<{ id: number }[]>('roles:listForPerson', { personId: ids.tom })[0]!;
    call('roles:end', { id: role.id, until: '2026-11-01' });
    expect(dashboard().followUps.map((i) => i.text)).toEqual(['Needs another contact: Tom is no longer at Reed Joinery. Ask someone else at Reed Joinery or close it. The promise: send the invoice.']);
  });

  it('grief softens cheer: nine days after Tom died, Sue\'s award is not a highlight and reads gently, below the condolence', () => {
    call('people:markDeceased', { id: ids.tom, diedOn: '2026-11-17' });
    call('people:update', { id: ids.sue, interests: 'fishing' });
    call('events:create', { typeKey: 'award', title: 'Sue won the craft award', date: '2026-11-20', personIds: [ids.sue] });
    const b = brief();
    expect(b.highlights.map((i) => i.kind)).not.toContain('celebration');
    expect(b.highlights.map((i) => i.kind)).not.toContain('gentle-news');
    const sue = b.people[0]!;
    const ask = sue.sections.find((s) => s.key === 'askAbout')!.items;
    expect(textsOf(ask)).toEqual(["Not a headline so soon after Tom's death: if it comes up, ask Sue about the award."]);
    expect(textsOf(sue.sections.find((s) => s.key === 'smallTalk')!.items)).toEqual(['Only if the moment is right: chat about fishing.']);
    const order = sue.sections.filter((s) => s.items.length > 0).map((s) => s.key);
    expect(order.indexOf('dontAsk')).toBeLessThan(order.indexOf('askAbout'));
    // On the dashboard, the visit's top items are the condolence, not the award.
    const visit = dashboard().visitsThisWeek.find((v) => v.visitId === ids.visit) ?? dashboard().visitsToday.find((v) => v.visitId === ids.visit);
    expect(visit?.topItems.map((i) => i.kind)).toContain('recent-death');
    expect(textsOf(visit?.topItems ?? []).join('\n')).not.toMatch(/award/);
  });

  it('how long good news steps back is a setting kept with the data: 0 turns it off, and a bad value changes nothing', () => {
    call('people:markDeceased', { id: ids.tom, diedOn: '2026-11-17' });
    call('events:create', { typeKey: 'award', title: 'Sue won the craft award', date: '2026-11-20', personIds: [ids.sue] });
    const askAbout = () => textsOf(brief().people[0]!.sections.find((s) => s.key === 'askAbout')!.items);
    expect(call('briefingSettings:get', {})).toEqual({ griefSoftensDays: 30 });
    expect(askAbout()).toEqual(["Not a headline so soon after Tom's death: if it comes up, ask Sue about the award."]);
    expect(refused('briefingSettings:save', { griefSoftensDays: 400 })).toMatch(/from 0 to 365/);
    expect(call('briefingSettings:get', {})).toEqual({ griefSoftensDays: 30 });
    // A week of softening: nine days on, the award is good news again.
    call('briefingSettings:save', { griefSoftensDays: 7 });
    expect(askAbout()).toEqual(['Ask Sue about the award.']);
    call('briefingSettings:save', { griefSoftensDays: 0 });
    expect(askAbout()).toEqual(['Ask Sue about the award.']);
  });

  it('keeps preferences as written: no splitting on commas, no doubled verbs', () => {
    call('people:update', { id: ids.sue, preferences: 'coffee, black\nlikes everything written down afterwards' });
    const smallTalk = brief().people.find((p) => p.personId === ids.sue)!.sections.find((s) => s.key === 'smallTalk')!;
    expect(textsOf([...smallTalk.items, ...smallTalk.more])).toEqual(['Sue likes coffee, black.', 'Sue: likes everything written down afterwards.']);
  });

  it('a tick can be taken back, and its note added after ticking', () => {
    const award = call<LifeEvent>('events:create', { typeKey: 'award', title: 'Sue won the craft award', date: '2026-11-20', personIds: [ids.sue] });
    call('acknowledgements:record', { eventIds: [award.id], visitId: ids.visit, note: null });
    call('acknowledgements:setNote', { eventIds: [award.id], visitId: ids.visit, note: 'Thrilled; photos next time' });
    expect(call<LifeEvent>('events:get', { id: award.id }).acknowledgements.map((a) => a.note)).toEqual(['Thrilled; photos next time']);
    expect(call<{ removed: number }>('acknowledgements:remove', { eventIds: [award.id], visitId: ids.visit })).toEqual({ removed: 1 });
    expect(call<LifeEvent>('events:get', { id: award.id }).acknowledgements).toEqual([]);
    expect(textsOf(allItems(brief()))).toContain('Ask Sue about the award.');
  });

  it('judges "explained" as of now: an earlier briefing keeps the incident explained later that day', () => {
    const incident = call<{ id: number }>('incidents:create', { clientId: ids.client, startedAt: '2026-11-20T09:00:00Z', summary: 'Server went down', cause: 'A failed disk' });
    call('incidents:update', { id: incident.id, explainedAt: '2026-11-25T15:00:00Z' });
    const before = call<Briefing>('briefing:forVisit', { id: ids.visit, timeZone: TZ, now: '2026-11-25T12:00:00Z' });
    expect(allItems(before).filter((i) => i.kind === 'unexplained-incident')).toHaveLength(1);
    const after = call<Briefing>('briefing:forVisit', { id: ids.visit, timeZone: TZ, now: '2026-11-25T16:00:00Z' });
    expect(allItems(after).filter((i) => i.kind === 'unexplained-incident')).toHaveLength(0);
  });

  it('a contact card with a date of death goes through "Mark as deceased"', () => {
    const card = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Ann Lee', 'N:Lee;Ann;;;', 'DEATHDATE:20261002', 'END:VCARD', ''].join('\r\n');
    call('import:apply', { format: 'vcard', text: card });
    const ann = call<Person[]>('people:list', { query: 'Ann', includeDeceased: true });
    expect(ann.map((p) => [p.displayName, p.diedOn])).toEqual([['Ann Lee', '2026-10-02']]);
    expect(call<LifeEvent[]>('events:list', { personId: ann[0]!.id }).map((e) => [e.typeKey, e.date])).toEqual([['death', '2026-10-02']]);
  });
});
