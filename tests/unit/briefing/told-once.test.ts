import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../src/briefing/engine.ts';
import type { LifeEvent, Person } from '../../../src/briefing/snapshot.ts';
import { buildDashboard } from '../../../src/briefing/dashboard.ts';
import { everyItem, wordingProblems } from '../../helpers/told-once.ts';
import { world } from './arbitraries.ts';
import type { World } from './arbitraries.ts';
import type { DashboardSnapshot } from '../../../src/briefing/snapshot.ts';
import { LONDON, client, event, person, relationship, role, snapshot, visit } from './builders.ts';

/**
 * "Say each thing once, in plain words", over generated households with real-looking names:
 * nicknames ("Pat" for Patricia), titles that start with a name ("Patricia: lost the baby"),
 * and news recorded twice, once for each partner.
 */

const NAMES: ReadonlyArray<readonly [string, string | null]> = [
  ['Patricia', 'Pat'],
  ['Malcolm', null],
  ['Siobhán', null],
  ['Christopher', 'Chris'],
  ['Brenda', null],
  ['Margaret', 'Peggy'],
  ['Ian', null],
  ['Éamonn', null],
];
const TITLES = ['{n}: {s}', '{n} {s}', "{n}'s {s}", '{s}', '{n}: the {s}'];

function wordy(w: World, titleChoices: readonly number[], copies: readonly boolean[]): World {
  const people = w.snapshot.people.map((p, i): Person => ({ ...p, givenName: NAMES[i % NAMES.length]![0], nickname: NAMES[i % NAMES.length]![1], familyName: 'Murphy' }));
  const byId = new Map(people.map((p) => [p.id, p]));
  const titled = w.snapshot.lifeEvents.map((e, i): LifeEvent => {
    const subject = byId.get(e.personIds[0] ?? -1);
    const template = TITLES[(titleChoices[i] ?? 0) % TITLES.length]!;
    const name = subject === undefined ? 'Client' : i % 2 === 0 ? subject.givenName : (subject.nickname ?? subject.givenName);
    return { ...e, title: template.replace('{n}', name).replace('{s}', `${e.typeKey.replace(/-/g, ' ')} ${i % 3 === 0 ? 'news' : 'matter'}`) };
  });
  // The same news typed in again for someone else in the household, as consultants do.
  const twice = titled.flatMap((e, i) => {
    const other = people.find((p) => !e.personIds.includes(p.id));
    return copies[i] === true && other !== undefined ? [{ ...e, id: 1000 + e.id, personIds: [other.id], title: e.title }] : [];
  });
  return { ...w, snapshot: { ...w.snapshot, people, lifeEvents: [...titled, ...twice] } };
}

const wordyWorld = fc
  .tuple(world(), fc.array(fc.nat(20), { maxLength: 14 }), fc.array(fc.boolean(), { maxLength: 14 }))
  .map(([w, titles, copies]) => wordy(w, titles, copies));

describe('a briefing says each thing once, in plain words', () => {
  it('no two items or highlights tell one event or one death; no echoed name or doubled word; highlights read differently', () => {
    fc.assert(
      fc.property(wordyWorld, (w) => {
        const b = buildBriefing(w.snapshot, { now: w.now, timeZone: w.timeZone });
        expect(wordingProblems(b, w.snapshot.people)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('Home shows one line for one loss: the Murphys lost a baby, recorded once for each of them', () => {
    const pat = person(1, 'Patricia', { nickname: 'Pat', familyName: 'Murphy' });
    const malcolm = person(2, 'Malcolm', { familyName: 'Murphy' });
    const s = snapshot({
      visit: visit('2026-12-02T10:00:00Z', { expectedAttendeeIds: [1, 2] }),
      client: client({ name: 'The Murphys' }),
      people: [pat, malcolm],
      roles: [role(1), role(2, { role: 'family' })],
      relationships: [relationship(1, 'spouse', 2)],
      lifeEvents: [
        event('pregnancy-loss', [1], '2026-11-11', { title: 'Patricia: lost the baby' }),
        event('pregnancy-loss', [2], '2026-11-11', { title: 'Malcolm: lost the baby' }),
        event('diagnosis', [2], '2026-10-01', { title: 'Malcolm: cancer diagnosis', ongoing: true }),
        event('diagnosis', [2], '2026-11-20', { title: 'Malcolm diagnosed with diabetes', ongoing: true }),
      ],
    });
    const now = new Date('2026-12-02T08:00:00Z');
    const home = buildDashboard({ visits: [s], unloggedVisits: [], clients: [], followUps: [], people: [], relationships: [], roles: [], lifeEvents: [] } satisfies DashboardSnapshot, { now, timeZone: LONDON, from: '2026-11-30', to: '2026-12-06', lastOpenedAt: null });
    const top = home.visitsToday[0]!.topItems;
    const losses = top.filter((i) => i.kind === 'grief');
    expect(losses.map((i) => i.text)).toEqual(["Pat and Malcolm lost the baby. Don't bring it up; offer condolences if it feels right."]);
    expect(losses[0]!.reason).toMatch(/3 weeks ago/);
    // Two diagnoses read apart by their titles, and the name is not said twice.
    const care = top.filter((i) => i.kind === 'sensitive-event').map((i) => i.text);
    expect(care).toHaveLength(2);
    expect(new Set(care).size).toBe(2);
    expect(care.join(' ')).toMatch(/cancer diagnosis/);
    expect(care.join(' ')).toMatch(/diagnosed with diabetes/);
    expect(wordingProblems(buildBriefing(s, { now, timeZone: LONDON }), s.people)).toEqual([]);
  });
});

describe('the same news for two people who are not a couple', () => {
  it('reads apart by whom it is about when the title and the reason are alike', () => {
    const s = snapshot({
      visit: visit('2025-02-21T09:30:00Z'),
      client: client({ name: 'The Murphys' }),
      people: [person(1, 'Patricia', { nickname: 'Pat', familyName: 'Murphy' }), person(5, 'Brenda', { familyName: 'Murphy' })],
      roles: [role(1), role(5)],
      lifeEvents: [
        event('expecting-baby', [5], '2025-02-18', { title: 'expecting baby news', toneOverride: 'sensitive', acknowledgements: [{ at: '2025-02-18T09:33:16Z', visitId: null, note: null }] }),
        event('expecting-baby', [1], '2025-02-18', { title: 'expecting baby news', toneOverride: 'sensitive', acknowledgements: [{ at: '2025-02-18T09:33:16Z', visitId: null, note: null }] }),
      ],
    });
    const b = buildBriefing(s, { now: new Date('2025-02-18T09:40:00Z'), timeZone: LONDON });
    const texts = b.highlights.filter((i) => i.about.some((r) => r.type === 'event')).map((i) => i.text);
    expect(texts).toHaveLength(2);
    expect(new Set(texts).size).toBe(2);
    expect(texts.some((t) => /Brenda/u.test(t))).toBe(true);
    expect(texts.some((t) => /\bPat\b/u.test(t))).toBe(true);
    expect(wordingProblems(b, s.people)).toEqual([]);
  });
});

describe('two pets lost, one item quoting the same title for each', () => {
  it('says whom the second is about, and does not repeat the title it already quotes (seed 1170406037)', () => {
    const s = snapshot({
      visit: visit('2024-01-10T00:00:00Z'),
      client: client({ name: 'The Murphys' }),
      people: [
        person(1, 'Patricia', { nickname: 'Pat', familyName: 'Murphy', diedOn: { date: '2024-01-01', precision: 'day' } }),
        person(2, 'Malcolm', { familyName: 'Murphy' }),
        person(3, 'Siobhán', { familyName: 'Murphy' }),
      ],
      roles: [role(3)],
      relationships: [relationship(2, 'grandparent', 3)],
      lifeEvents: [
        event('pet-death', [1, 3], '2024-01-01', { title: 'Patricia: pet death news' }),
        event('pet-death', [2], '2024-01-01', { title: 'Patricia: pet death news' }),
      ],
    });
    const b = buildBriefing(s, { now: new Date('2024-01-01T00:00:00Z'), timeZone: 'Pacific/Auckland' });
    const dontAsk = b.people.flatMap((p) => p.sections.filter((x) => x.key === 'dontAsk').flatMap((x) => x.items.map((i) => i.text)));
    expect(dontAsk).toEqual(["Don't ask Siobhán about the pet: Patricia: pet death news (Malcolm).", "Don't ask Siobhán about the pet: Patricia: pet death news."]);
    expect(wordingProblems(b, s.people)).toEqual([]);
  });
});

describe('two people lost in one event, recorded once for both', () => {
  const s = (diedOn: string) =>
    snapshot({
      visit: visit('2025-11-04T08:00:00Z', { expectedAttendeeIds: [3] }),
      client: client({ name: 'The Murphys' }),
      people: [
        person(1, 'Patricia', { nickname: 'Pat', familyName: 'Murphy', diedOn: { date: diedOn, precision: 'day' } }),
        person(3, 'Siobhán', { familyName: 'Murphy' }),
        person(4, 'Christopher', { nickname: 'Chris', familyName: 'Murphy', diedOn: { date: diedOn, precision: 'day' } }),
      ],
      relationships: [relationship(3, 'partner', 4), relationship(1, 'grandparent', 3)],
      lifeEvents: [event('death', [4, 1], diedOn, { title: 'Christopher: death news' })],
    });

  it('names both, each with whom they were to her, in one item (seed -1197052189)', () => {
    const b = buildBriefing(s('2025-10-26'), { now: new Date('2025-10-26T08:00:00Z'), timeZone: 'America/New_York' });
    expect(b.highlights.map((i) => i.text)).toEqual(["Chris (Siobhán's partner) and Pat (Siobhán's grandparent) died on 26 Oct. Don't ask after Chris and Pat; offer condolences if it feels right."]);
    expect(wordingProblems(b, s('2025-10-26').people)).toEqual([]);
  });

  it('and two years on, tells both anniversaries in one item', () => {
    const b = buildBriefing(s('2023-11-05'), { now: new Date('2025-11-03T08:00:00Z'), timeZone: 'America/New_York' });
    const texts = everyItem(b).filter((i) => i.kind === 'death-anniversary').map((i) => i.text);
    expect(texts).toHaveLength(1);
    expect(texts).toEqual(["The second anniversaries of Chris's death (Siobhán's partner) and Pat's death (Siobhán's grandparent) are in 2 days. Be mindful; don't ask after Chris and Pat."]);
    expect(wordingProblems(b, s('2023-11-05').people)).toEqual([]);
  });
});

describe('a title typed in a hurry, told as a tag', () => {
  it('says a doubled word once in the tag too (seed 1707672915)', () => {
    const s = snapshot({
      visit: visit('2024-01-01T09:00:00Z'),
      client: client({ name: 'Smith Dental' }),
      lifeEvents: [
        event('other-good-news', [], '2024-01-01', { title: 'Won the the award', clientId: 1 }),
        event('other-good-news', [], '2023-12-31', { title: 'Won the contract', clientId: 1 }),
      ],
    });
    const b = buildBriefing(s, { now: new Date('2024-01-01T08:00:00Z'), timeZone: LONDON });
    const askAbout = b.client.sections.filter((x) => x.key === 'askAbout').flatMap((x) => x.items.map((i) => i.text));
    expect(askAbout).toContain('Ask about the good news (Won the award).');
    expect(wordingProblems(b, s.people)).toEqual([]);
  });
});

describe('the same loss typed for a mother and for her son', () => {
  it('is told once when nothing would tell the two apart (seed 1724576100)', () => {
    const s = snapshot({
      visit: visit('2026-01-30T01:00:00Z', { expectedAttendeeIds: [2] }),
      client: client({ name: 'The Murphys' }),
      people: [person(1, 'Patricia', { nickname: 'Pat', familyName: 'Murphy' }), person(2, 'Malcolm', { familyName: 'Murphy' })],
      relationships: [relationship(1, 'parent', 2)],
      lifeEvents: [
        event('pet-death', [1], '2026-01-25', { title: 'Patricia: pet death news' }),
        event('pet-death', [2], '2026-01-25', { title: 'Patricia: pet death news' }),
      ],
    });
    const b = buildBriefing(s, { now: new Date('2026-01-25T01:47:00Z'), timeZone: 'Pacific/Auckland' });
    const about = everyItem(b).filter((i) => i.text.includes('about the pet'));
    expect(about.map((i) => i.text)).toEqual(["Don't ask Malcolm about the pet: Patricia: pet death news."]);
    expect(about[0]!.about.filter((r) => r.type === 'event').map((r) => r.id).sort()).toEqual(s.lifeEvents.map((e) => e.id).sort());
    expect(wordingProblems(b, s.people)).toEqual([]);
  });
});

describe('where a shared fact is told', () => {
  it("Tom's operation, with Sue and Tom both there: told once, in Tom's card, to Tom", () => {
    const s = snapshot({ visit: visit('2025-11-20T10:00:00Z'), lifeEvents: [event('surgery', [2], '2025-11-02', { ongoing: true })] });
    const b = buildBriefing(s, { now: new Date('2025-11-20T08:00:00Z'), timeZone: LONDON });
    const told = b.people.flatMap((p) => p.sections.flatMap((sec) => [...sec.items, ...sec.more]).filter((i) => i.kind === 'sensitive-event').map((i) => [p.personId, i.text]));
    expect(told).toEqual([[2, 'Ask Tom gently about the operation.']]);
  });
});
