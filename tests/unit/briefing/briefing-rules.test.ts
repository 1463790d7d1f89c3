import { describe, it, expect } from 'vitest';
import { buildBriefing } from '../../../src/briefing/engine.ts';
import type { BriefingSnapshot, LifeEvent } from '../../../src/briefing/snapshot.ts';
import type { Item, SectionKey } from '../../../src/briefing/items.ts';
import { LONDON, aboutEvent, aboutPerson, event, lily, person, personIn, relationship, role, sectionItems, snapshot, sue, tom, visit } from './builders.ts';

// The visit is on Thursday 20 November 2025 at 10:00 in London; the consultant reads the
// briefing at 08:00 the same morning.
const now = new Date('2025-11-20T08:00:00Z');
const brief = (s: BriefingSnapshot, at: Date = now) => buildBriefing(s, { now: at, timeZone: LONDON });
const sueSection = (s: BriefingSnapshot, key: SectionKey, at: Date = now): Item[] => sectionItems(personIn(brief(s, at), sue.id), key);
const ack = (at: string, note: string | null = null) => ({ at, visitId: null, note });

describe('life events become ask-about or handle-with-care items', () => {
  const birth = event('birth', [lily.id], '2025-10-30', { title: 'Lily is born' });

  it.each<[string, LifeEvent[], SectionKey | null, string | null]>([
    ["Sue's grandchild born 3 weeks ago, not yet asked → ask about", [birth], 'askAbout', 'Lily: born 3 weeks ago'],
    ["Sue's grandchild born 3 weeks ago, already asked → nothing", [{ ...birth, acknowledgements: [ack('2025-11-06T11:00:00Z')] }], null, null],
    ["Sue's grandchild born 4 months ago → old news, nothing", [{ ...birth, date: '2025-07-15' }], null, null],
    ['Sue starts a new job next month (month precision) → ask about, no invented day', [event('new-job', [sue.id], '2025-12-01', { precision: 'month' })], 'askAbout', 'new job next month'],
    ["Sue's house move in 5 days → ask about", [event('move', [sue.id], '2025-11-25')], 'askAbout', 'move in 5 days'],
    ['Sue has an operation on 2 Nov, still recovering → handle with care', [event('surgery', [sue.id], '2025-11-02', { ongoing: true })], 'handleWithCare', 'surgery 2 Nov, ongoing'],
    ["Tom's illness ended 4 months ago → no longer a care item", [event('illness', [tom.id], '2025-05-01', { endDate: '2025-07-15' })], null, null],
    ["Tom's illness ended 3 weeks ago → still handle with care, for Sue too", [event('illness', [tom.id], '2025-05-01', { endDate: '2025-10-30' })], 'handleWithCare', 'Tom: ill ended 3 weeks ago'],
    ['Sue made redundant in June (month precision), ongoing → care, said as a month', [event('redundancy', [sue.id], '2025-06-01', { precision: 'month', ongoing: true })], 'handleWithCare', 'redundancy since June, ongoing'],
    ["Sue's move was not a happy one (tone override) → care, not ask", [event('move', [sue.id], '2025-11-10', { toneOverride: 'sensitive' })], 'handleWithCare', 'move 10 days ago'],
  ])('%s', (_story, lifeEvents, expectedSection, reason) => {
    // Sue alone: with Tom there too, Tom's news is told once, in Tom's card.
    const s = snapshot({ lifeEvents, roles: [role(sue.id)] });
    const sections: SectionKey[] = ['dontAsk', 'handleWithCare', 'askAbout'];
    for (const key of sections) {
      const items = sueSection(s, key).filter((i) => lifeEvents.some((e) => aboutEvent(i, e.id)));
      if (key === expectedSection) {
        expect(items).toHaveLength(1);
        expect(items[0]?.reason).toBe(reason);
      } else {
        expect(items).toEqual([]);
      }
    }
  });

  it('words an ask-about item as a sentence naming the relative and what happened', () => {
    const [item] = sueSection(snapshot({ lifeEvents: [birth] }), 'askAbout');
    expect(item?.text).toBe("Ask Sue about Lily (Sue's grandchild): the new baby.");
    expect(item?.detail).toBe('Lily is born');
    expect(item?.about).toEqual(expect.arrayContaining([{ type: 'person', id: sue.id }, { type: 'person', id: lily.id }, { type: 'event', id: birth.id }]));
  });

  it('says a month-precision due date as its month: "due in January", never "1 Jan"', () => {
    const due = event('expecting-baby', [lily.id], '2026-01-01', { precision: 'month', title: 'Baby due' });
    const [item] = sueSection(snapshot({ lifeEvents: [due] }), 'askAbout');
    expect(item?.reason).toBe('Lily: due in January');
    expect(`${item?.text} ${item?.reason}`).not.toMatch(/\b1 Jan/);
  });
});

describe('sensitive news comes back after an interval since last asked', () => {
  const surgery = (acknowledgements: LifeEvent['acknowledgements']) =>
    event('surgery', [tom.id], '2025-11-02', { ongoing: true, acknowledgements, notes: 'knee replacement' });

  it.each([
    ['never asked → ask gently how Tom is doing', [], "Ask Sue gently how Tom (Sue's spouse) is doing: the operation.", 'Tom: surgery 2 Nov, ongoing'],
    [
      'asked 10 days ago → handle with care, no need to ask again yet',
      [ack('2025-11-10T10:00:00Z', 'recovering slowly')],
      "Handle with care — Tom (Sue's spouse): the operation. You asked 10 days ago; no need to ask again yet.",
      'Tom: surgery 2 Nov, ongoing; last asked 10 Nov',
    ],
    ['asked 5 weeks ago → ask again: "how is he doing now?"', [ack('2025-10-15T10:00:00Z')], "Ask Sue gently how Tom (Sue's spouse) is doing: the operation.", 'Tom: surgery 2 Nov, ongoing; last asked 15 Oct'],
  ])('Tom had surgery on 2 Nov, ongoing; %s', (_story, acks, text, reason) => {
    const [item] = sueSection(snapshot({ lifeEvents: [surgery(acks)], roles: [role(sue.id)] }), 'handleWithCare');
    expect(item?.text).toBe(text);
    expect(item?.reason).toBe(reason);
  });

  it('keeps what is known in front of you, including what was said last time', () => {
    const [item] = sueSection(snapshot({ lifeEvents: [surgery([ack('2025-11-10T10:00:00Z', 'recovering slowly')])], roles: [role(sue.id)] }), 'handleWithCare');
    expect(item?.detail).toBe('surgery — knee replacement — Last time: recovering slowly');
  });

  it('ignores an acknowledgement recorded after now (a briefing is as of now)', () => {
    const [item] = sueSection(snapshot({ lifeEvents: [surgery([ack('2025-11-21T10:00:00Z')])], roles: [role(sue.id)] }), 'handleWithCare');
    expect(item?.text).toMatch(/^Ask Sue gently/);
  });
});

describe('deaths: never asked after, named to those close, remembered on the anniversary', () => {
  const tomDied = (date: string, precision: 'day' | 'month' = 'day') => ({ ...tom, diedOn: { date, precision } });

  it("Tom, Sue's husband, died 4 weeks ago → don't ask, naming who and when", () => {
    const s = snapshot({ people: [sue, tomDied('2025-10-23'), lily] });
    const [item] = sueSection(s, 'dontAsk');
    expect(item?.kind).toBe('recent-death');
    expect(item?.text).toBe("Tom (Sue's spouse) died on 23 Oct. Don't ask after Tom; offer condolences if it feels right.");
    expect(item?.reason).toBe('died 4 weeks ago');
  });

  it('Tom died last month (month precision) → said as a month, never a day', () => {
    const [item] = sueSection(snapshot({ people: [sue, tomDied('2025-10-01', 'month'), lily] }), 'dontAsk');
    expect(item?.text).toContain('died in October');
    expect(item?.reason).toBe('died last month');
  });

  it('Tom died 4 weeks ago → he is not in who you will see, and his news is never an ask-about', () => {
    const s = snapshot({
      people: [sue, tomDied('2025-10-23'), lily],
      lifeEvents: [event('surgery', [tom.id], '2025-10-01', { ongoing: true }), event('retirement', [tom.id], '2025-11-01')],
    });
    const b = brief(s);
    expect(b.people.map((p) => p.personId)).toEqual([sue.id]);
    for (const key of ['handleWithCare', 'askAbout', 'smallTalk'] as const) {
      expect(sectionItems(personIn(b, sue.id), key).filter((i) => aboutPerson(i, tom.id))).toEqual([]);
    }
    expect(personIn(b, sue.id).circle.find((m) => m.personId === tom.id)?.status).toBe('died');
  });

  it("Tom's birthday is in 3 days but he has died → no greeting, not even through Sue", () => {
    const s = snapshot({ people: [sue, { ...tomDied('2024-01-10'), birthday: { month: 11, day: 23, year: 1950 } }, lily] });
    expect(sueSection(s, 'askAbout').filter((i) => i.kind === 'birthday')).toEqual([]);
  });

  it.each([
    ['died 2 years ago, anniversary 3 weeks away → nothing', '2023-12-11', null],
    ['died 2 years ago, anniversary in 5 days → be mindful', '2023-11-25', 'died 25 Nov 2023; anniversary in 5 days'],
    ['died a year and a day ago → past the 12 months, be mindful of yesterday’s anniversary', '2024-11-19', 'died 19 Nov 2024; anniversary yesterday'],
    ['died 2 years ago, anniversary was 10 days ago → be mindful', '2023-11-10', 'died 10 Nov 2023; anniversary 10 days ago'],
    ['died 51 weeks ago → still don’t ask, and the first anniversary is next week', '2024-11-27', 'died on 27 Nov 2024; first anniversary in 7 days'],
  ])('Tom %s', (_story, diedOn, reason) => {
    const items = sueSection(snapshot({ people: [sue, tomDied(diedOn), lily] }), 'dontAsk');
    if (reason === null) expect(items).toEqual([]);
    else expect(items.map((i) => i.reason)).toEqual([reason]);
  });

  it('a death on 29 Feb 2024 is remembered on 28 Feb in 2026, as the second anniversary', () => {
    const s = snapshot({ visit: visit('2026-02-20T10:00:00Z'), people: [sue, tomDied('2024-02-29'), lily] });
    const [item] = sueSection(s, 'dontAsk', new Date('2026-02-20T08:00:00Z'));
    expect(item?.kind).toBe('death-anniversary');
    expect(item?.text).toMatch(/^The second anniversary of Tom's death \(Sue's spouse\) is in 8 days/);
  });

  it("Sue's friend died (known only from an event) → Sue is grieving, don't bring it up", () => {
    const [item] = sueSection(snapshot({ lifeEvents: [event('death', [sue.id], '2025-09-01', { title: 'Her friend Maggie died' })] }), 'dontAsk');
    expect(item?.kind).toBe('grief');
    expect(item?.text).toBe("Sue is grieving: Her friend Maggie died. Don't bring it up; offer condolences if it feels right.");
  });

  it("Sue lost a pregnancy, titled 'Sue: lost the baby' → her name is said once, and Tom's with hers", () => {
    const [item] = sueSection(snapshot({ lifeEvents: [event('pregnancy-loss', [sue.id], '2025-09-01', { title: 'Sue: lost the baby' })] }), 'dontAsk');
    expect(item?.text).toBe("Sue and Tom lost the baby. Don't bring it up; offer condolences if it feels right.");
  });

  it('the death event and the date of death tell one loss, not two', () => {
    const s = snapshot({ people: [sue, tomDied('2025-10-23'), lily], lifeEvents: [event('death', [sue.id, tom.id], '2025-10-23', { title: 'Tom died' })] });
    expect(sueSection(s, 'dontAsk')).toHaveLength(1);
  });

  it.each([
    ['2 months ago → don’t ask about the pet', '2025-09-20', 1],
    ['7 months ago → no longer an item', '2025-04-10', 0],
  ])("Sue's dog died %s", (_story, date, count) => {
    const items = sueSection(snapshot({ lifeEvents: [event('pet-death', [sue.id], date, { title: 'Biscuit the dog died' })] }), 'dontAsk');
    expect(items).toHaveLength(count);
  });
});

describe('ended relationships are never current', () => {
  const mark = person(4, 'Mark');
  const separated = snapshot({
    people: [sue, tom, lily, mark],
    roles: [role(sue.id)],
    relationships: [relationship(sue.id, 'partner', mark.id, { until: '2025-06-14' })],
    lifeEvents: [event('new-job', [mark.id], '2025-11-10'), event('separation', [sue.id, mark.id], '2025-06-01', { precision: 'month' })],
  });

  it("Sue and Mark separated in June → handle with care: don't mention Mark as her partner", () => {
    const items = sueSection(separated, 'handleWithCare');
    expect(items).toHaveLength(1);
    expect(items[0]?.kind).toBe('former-partner');
    expect(items[0]?.text).toBe("Sue and Mark have separated. Don't mention Mark as Sue's partner.");
    expect(items[0]?.reason).toBe('separated in June');
  });

  it("Mark's new job is never an ask-about for Sue, and Mark is her former partner in the circle", () => {
    const b = brief(separated);
    expect(sectionItems(personIn(b, sue.id), 'askAbout').filter((i) => aboutPerson(i, mark.id))).toEqual([]);
    expect(personIn(b, sue.id).circle.find((m) => m.personId === mark.id)).toMatchObject({ relation: 'partner', status: 'former' });
  });

  it('a separation three years ago is no longer a care item, but Mark is still never current', () => {
    const old = { ...separated, relationships: [relationship(sue.id, 'partner', mark.id, { until: '2022-06-14' })], lifeEvents: [] };
    const b = brief(old);
    expect(sectionItems(personIn(b, sue.id), 'handleWithCare')).toEqual([]);
    expect(personIn(b, sue.id).circle.find((m) => m.personId === mark.id)?.status).toBe('former');
  });
});

describe('birthdays within about ten days of the visit', () => {
  const withBirthday = (month: number, day: number) => snapshot({ people: [{ ...sue, birthday: { month, day, year: null } }, tom, lily] });

  it.each([
    ['last Tuesday → belated greeting', 11, 18, 'Wish Sue a happy belated birthday.', 'birthday last Tuesday'],
    ['in 5 days → greeting', 11, 25, 'Wish Sue a happy birthday.', 'birthday in 5 days'],
    ['today → greeting', 11, 20, 'Wish Sue a happy birthday.', 'birthday today'],
    ['in 15 days → nothing', 12, 5, null, null],
    ['11 days ago → nothing', 11, 9, null, null],
  ])("Sue's birthday %s", (_story, month, day, text, reason) => {
    const items = sueSection(withBirthday(month, day), 'askAbout').filter((i) => i.kind === 'birthday');
    expect(items.map((i) => [i.text, i.reason])).toEqual(text === null ? [] : [[text, reason]]);
  });

  it("Lily's birthday on Saturday → ask Sue about it (Lily is not at the visit)", () => {
    const s = snapshot({ people: [sue, tom, { ...lily, birthday: { month: 11, day: 22, year: 2019 } }] });
    const [item] = sueSection(s, 'askAbout');
    expect(item?.text).toBe("Ask Sue about the birthday of Lily (Sue's grandchild).");
    expect(item?.reason).toBe("Lily's birthday in 2 days");
  });

  it('a 29 Feb birthday is greeted on 28 Feb in a common year', () => {
    const s = snapshot({ visit: visit('2025-02-28T10:00:00Z'), people: [{ ...sue, birthday: { month: 2, day: 29, year: 1960 } }, tom, lily] });
    const [item] = sueSection(s, 'askAbout', new Date('2025-02-28T08:00:00Z'));
    expect(item?.reason).toBe('birthday today (born on 29 Feb)');
  });

  it('a 29 Feb birthday is on 29 Feb in a leap year: on 28 Feb 2024 it is tomorrow', () => {
    const s = snapshot({ visit: visit('2024-02-28T10:00:00Z'), people: [{ ...sue, birthday: { month: 2, day: 29, year: 1960 } }, tom, lily] });
    const [item] = sueSection(s, 'askAbout', new Date('2024-02-28T08:00:00Z'));
    expect(item?.reason).toBe('birthday tomorrow');
  });
});

describe('trips: coming up or just finished', () => {
  const trip = (date: string, endDate: string | null) => event('trip', [sue.id], date, { endDate, title: 'Italy' });

  it.each([
    ['starts in 5 days → ask about the trip coming up', trip('2025-11-25', '2025-12-05'), 'Ask Sue about the trip coming up.', 'trip in 5 days'],
    ['started 3 days ago, back next week → ask about the trip', trip('2025-11-17', '2025-11-27'), 'Ask Sue about the trip.', 'trip until 27 Nov'],
    ['came back 10 days ago → ask how it went', trip('2025-10-30', '2025-11-10'), 'Ask Sue how the trip went.', 'trip ended 10 days ago'],
    ['came back a month ago → nothing', trip('2025-10-10', '2025-10-20'), null, null],
    ['in 6 weeks → not yet', trip('2026-01-01', '2026-01-10'), null, null],
  ])('Sue’s trip %s', (_story, e, text, reason) => {
    const items = sueSection(snapshot({ lifeEvents: [e] }), 'askAbout');
    expect(items.map((i) => [i.text, i.reason])).toEqual(text === null ? [] : [[text, reason]]);
  });
});

describe('time zones and the clocks changing', () => {
  it('a visit at 23:30 UTC on the night the clocks go forward is on the next London day', () => {
    // 2025-03-30T23:30Z is 00:30 BST on Monday 31 March.
    const s = snapshot({ visit: visit('2025-03-30T23:30:00Z'), people: [{ ...sue, birthday: { month: 3, day: 31, year: null } }, tom, lily] });
    const b = buildBriefing(s, { now: new Date('2025-03-30T23:45:00Z'), timeZone: LONDON });
    expect(b.day).toBe('2025-03-31');
    expect(sectionItems(personIn(b, sue.id), 'askAbout')[0]?.reason).toBe('birthday today');
  });

  it('a visit at 23:30 UTC after the clocks went back is still the same London day', () => {
    const s = snapshot({ visit: visit('2025-10-26T23:30:00Z') });
    expect(buildBriefing(s, { now: new Date('2025-10-26T20:00:00Z'), timeZone: LONDON }).day).toBe('2025-10-26');
  });

  it('the same instant is a different day in New York', () => {
    const s = snapshot({ visit: visit('2025-11-21T02:00:00Z') });
    expect(buildBriefing(s, { now, timeZone: 'America/New_York' }).day).toBe('2025-11-20');
    expect(buildBriefing(s, { now, timeZone: LONDON }).day).toBe('2025-11-21');
  });

  it('refuses an unknown time zone rather than guessing', () => {
    expect(() => buildBriefing(snapshot(), { now, timeZone: 'Europe/Londres' })).toThrow(/Europe\/Londres/);
  });
});

describe('small talk and how to explain things', () => {
  it('Sue likes her allotment, Leeds United and lemon drizzle cake; not confident with tech', () => {
    const s = snapshot({
      people: [{ ...sue, interests: ['the allotment', 'Leeds United'], preferences: ['lemon drizzle cake'], techComfort: 'low', explainHow: 'write the steps down on paper' }, tom, lily],
    });
    const b = brief(s);
    expect(sectionItems(personIn(b, sue.id), 'smallTalk').map((i) => i.text)).toEqual(['Chat about the allotment.', 'Chat about Leeds United.', 'Sue likes lemon drizzle cake.']);
    expect(sectionItems(personIn(b, sue.id), 'howToExplain').map((i) => i.text)).toEqual([
      'Sue likes things explained like this: write the steps down on paper.',
      'Go step by step, skip the jargon, and check each step has landed.',
    ]);
  });
});
