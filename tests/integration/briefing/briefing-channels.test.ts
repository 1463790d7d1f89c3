import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../db/handlers/index.ts';
import type { Briefing, Dashboard } from '../../../src/contract/schemas/briefing.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

const NOW = '2026-11-25T08:00:00.000Z';
const TZ = 'Europe/London';

/** Calls a channel and returns its value, failing the test with the message otherwise. */
const make = (call: Dispatcher) => <T>(channel: string, input: unknown): T => {
  const result = call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
};

const texts = (items: readonly { text: string; reason: string }[]) => items.map((i) => `${i.text} (${i.reason})`).join('\n');

describe('briefing and dashboard channels over a real database', () => {
  let store: TempStore;
  let call: ReturnType<typeof make>;
  let ids: { client: number; sue: number; frank: number; lily: number; visit: number; birth: number };

  beforeEach(async () => {
    store = await tempStore();
    call = make(createDispatcher(store, fixedClock(NOW)));
    const client = call<{ id: number }>('clients:create', { name: 'The Bakers', kind: 'household', rhythmDays: 28 }).id;
    const sue = call<{ id: number }>('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client, role: 'owner', interests: 'allotment, Leeds United' }).id;
    const frank = call<{ other: { id: number } }>('people:addRelative', { personId: sue, relativeIs: 'spouse', relative: { givenName: 'Frank', familyName: 'Baker' } }).other.id;
    const lily = call<{ other: { id: number } }>('people:addRelative', { personId: sue, relativeIs: 'grandchild', relative: { givenName: 'Lily' } }).other.id;
    call('people:markDeceased', { id: frank, diedOn: '2026-10-28' });
    const birth = call<{ id: number }>('events:create', { typeKey: 'birth', title: 'Lily born', date: '2026-11-04', personIds: [lily, sue] }).id;
    const visit = call<{ id: number }>('visits:create', { clientId: client, startsAt: '2026-11-26T10:00:00Z', purpose: 'Printer and backup check', expectedPersonIds: [sue] }).id;
    call('followUps:create', { clientId: client, personId: sue, dueAt: '2026-11-24T18:00:00Z', kind: 'call', context: 'New router: check the Wi-Fi reaches the kitchen' });
    ids = { client, sue, frank, lily, visit, birth };
  });
  afterEach(() => store.dispose());

  it('tells you about the death first, the grandchild next, and never asks after Frank', () => {
    const briefing = call<Briefing>('briefing:forVisit', { id: ids.visit, timeZone: TZ });
    expect(briefing.people.map((p) => p.personId)).toEqual([ids.sue]);
    const sue = briefing.people[0]!;
    const section = (key: string) => sue.sections.find((s) => s.key === key);
    const dontAsk = section('dontAsk')!;
    expect(texts(dontAsk.items)).toMatch(/Frank/);
    expect(texts(dontAsk.items)).toMatch(/4 weeks ago|28 Oct/);
    const baby = section('askAbout')!.items.find((i) => i.about.some((a) => a.type === 'event' && a.id === ids.birth));
    expect(baby?.reason).toBe("born 3 weeks ago; soon after Frank's death");
    const keys = sue.sections.filter((s) => s.items.length > 0).map((s) => s.key);
    expect(keys.indexOf('dontAsk')).toBeLessThan(keys.indexOf('askAbout'));
    const kindly = sue.sections.filter((s) => s.key !== 'dontAsk' && s.key !== 'handleWithCare').flatMap((s) => [...s.items, ...s.more]);
    expect(kindly.filter((i) => i.about.some((a) => a.type === 'person' && a.id === ids.frank))).toEqual([]);
    expect(sue.circle.find((m) => m.personId === ids.frank)?.status).toBe('died');
  });

  it('drops the birth from "ask about" once it has been ticked as asked', () => {
    call('acknowledgements:record', { eventIds: [ids.birth], note: 'Sue showed photos' });
    const briefing = call<Briefing>('briefing:forVisit', { id: ids.visit, timeZone: TZ });
    const askAbout = briefing.people[0]!.sections.find((s) => s.key === 'askAbout');
    const items = [...(askAbout?.items ?? []), ...(askAbout?.more ?? [])];
    expect(items.some((i) => i.about.some((a) => a.type === 'event' && a.id === ids.birth))).toBe(false);
  });

  it('lists the open follow-up as a promise in the client section', () => {
    const briefing = call<Briefing>('briefing:forVisit', { id: ids.visit, timeZone: TZ });
    const followUps = briefing.client.sections.find((s) => s.key === 'followUps')!;
    expect(texts(followUps.items)).toMatch(/router|Wi-Fi|call/i);
  });

  it('briefing:next finds the next planned visit, and says so when there is none', () => {
    expect(call<{ briefing: Briefing | null }>('briefing:next', { timeZone: TZ }).briefing?.visitId).toBe(ids.visit);
    call('visits:cancel', { id: ids.visit });
    expect(call<{ briefing: Briefing | null }>('briefing:next', { timeZone: TZ }).briefing).toBeNull();
  });

  it('a missing visit is a clear not_found', () => {
    const result = createDispatcher(store, fixedClock(NOW))('briefing:forVisit', { id: 999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/Visit 999/) } });
  });

  it('rejects an unknown time zone before doing anything', () => {
    const result = createDispatcher(store, fixedClock(NOW))('briefing:forVisit', { id: ids.visit, timeZone: 'Mars/Olympus' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/time zone/) } });
  });

  it('the dashboard shows this week’s visit, the overdue call, and Frank’s death as a mindful date only', () => {
    const dashboard = call<Dashboard>('dashboard:get', { timeZone: TZ });
    expect(dashboard.today).toBe('2026-11-25');
    expect(dashboard.visitsThisWeek.map((v) => v.visitId)).toEqual([ids.visit]);
    expect(dashboard.visitsThisWeek[0]!.topItems.length).toBeGreaterThan(0);
    expect(texts(dashboard.followUps)).toMatch(/Sue|router/);
    expect(texts(dashboard.dates)).not.toMatch(/Frank/);
  });

  it('catch-up is empty on first opening, then shows what came due while closed until dismissed', () => {
    expect(call<Dashboard>('dashboard:get', { timeZone: TZ }).catchUp).toEqual([]);
    const later = call<Dashboard>('dashboard:get', { timeZone: TZ, now: '2026-11-30T09:00:00Z' });
    expect(later.catchUp.length).toBeGreaterThan(0);
    call('dashboard:dismissCatchUp', { at: '2026-11-30T09:00:00Z' });
    expect(call<Dashboard>('dashboard:get', { timeZone: TZ, now: '2026-11-30T09:05:00Z' }).catchUp).toEqual([]);
  });
});
