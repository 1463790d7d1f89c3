import { describe, it, expect } from 'vitest';
import { buildBriefing } from '../../../src/briefing/engine.ts';
import { CLIENT_SECTIONS, PERSON_SECTIONS } from '../../../src/briefing/briefing.ts';
import type { BriefingSnapshot, PastVisit } from '../../../src/briefing/snapshot.ts';
import { LONDON, client, event, lily, person, personIn, relationship, role, sectionItems, snapshot, sue, tom, visit } from './builders.ts';

const now = new Date('2025-11-20T08:00:00Z');
const brief = (s: BriefingSnapshot) => buildBriefing(s, { now, timeZone: LONDON });

const past = (id: number, startsAt: string, attendeeIds: number[], extra: Partial<PastVisit> = {}): PastVisit => ({
  id,
  startsAt,
  status: 'completed',
  attendeeIds,
  notes: null,
  workDone: null,
  ...extra,
});

describe("who you'll see", () => {
  const raj = person(5, 'Raj');
  const ann = person(6, 'Ann');
  const office = snapshot({
    client: client({ kind: 'business', name: 'Hill Dental' }),
    people: [sue, tom, lily, raj, ann],
    roles: [role(sue.id), role(raj.id, { role: 'staff' }), role(ann.id, { role: 'manager' }), role(tom.id, { role: 'staff', until: '2025-09-01' })],
    recentVisits: [past(10, '2025-10-20T09:00:00Z', [raj.id, sue.id]), past(11, '2025-09-20T09:00:00Z', [raj.id]), past(12, '2025-08-20T09:00:00Z', [raj.id, tom.id], { status: 'cancelled' })],
  });

  it('with no one expected, lists people with an active role, most often met first, never an ended role', () => {
    const b = brief(office);
    expect(b.people.map((p) => [p.personId, p.listedBecause])).toEqual([
      [raj.id, 'at 2 of the last 2 visits'],
      [sue.id, 'at 1 of the last 2 visits'],
      [ann.id, 'manager here'],
    ]);
  });

  it('lists the expected attendees in the order given, leaving out the deceased and ended roles', () => {
    const s = { ...office, people: [...office.people.filter((p) => p.id !== lily.id), { ...lily, diedOn: { date: '2025-01-01', precision: 'day' as const } }] };
    const b = brief({ ...s, visit: visit('2025-11-20T10:00:00Z', { expectedAttendeeIds: [ann.id, lily.id, tom.id, sue.id, ann.id] }) });
    expect(b.people.map((p) => p.personId)).toEqual([ann.id, sue.id]);
  });

  it('never lists someone who has died, even with a role that was never closed', () => {
    const s = snapshot({ people: [sue, { ...tom, diedOn: { date: '2025-06-01', precision: 'month' } }, lily] });
    expect(brief(s).people.map((p) => p.personId)).toEqual([sue.id]);
  });

  it('a visiting relative with no role here may be expected', () => {
    const b = brief(snapshot({ visit: visit('2025-11-20T10:00:00Z', { expectedAttendeeIds: [lily.id] }) }));
    expect(b.people.map((p) => [p.personId, p.role])).toEqual([[lily.id, null]]);
  });
});

describe('the client: promises, incidents, last visit, know-how, logistics', () => {
  const s = snapshot({
    client: client({ askFor: 'Sue at reception', parking: 'behind the shop', accessHours: null, siteNotes: 'router in the loft' }),
    people: [{ ...sue, followUpConsent: { status: 'yes', channel: 'phone', goodTimes: 'weekday evenings' } }, tom, lily],
    followUps: [
      { id: 1, clientId: 1, personId: sue.id, dueAt: '2025-11-18T18:00:00Z', kind: 'call', context: 'check the new router is stable', done: false },
      { id: 2, clientId: 1, personId: null, dueAt: '2025-11-27T09:00:00Z', kind: 'check', context: 'backup drive has space', done: false },
      { id: 3, clientId: 1, personId: null, dueAt: '2025-11-01T09:00:00Z', kind: 'email', context: 'send the invoice', done: true },
    ],
    incidents: [
      { id: 1, startedAt: '2025-11-03T09:00:00Z', summary: 'The printer stopped scanning to e-mail', cause: 'the mail provider changed its password rules', prevention: 'switched to an app password', explainedAt: null },
      { id: 2, startedAt: '2025-10-01T09:00:00Z', summary: 'Wi-Fi dropped', cause: 'router firmware', prevention: 'updated', explainedAt: '2025-10-02T09:00:00Z' },
    ],
    recentVisits: [
      past(10, '2025-10-30T10:00:00Z', [sue.id], { workDone: 'Replaced the router', notes: 'Sue mentioned the grandchild is due any day now. The old router is in the garage if we need it again for spares or testing later on, which we might well do. Remember to bring the spare power supply and the long network cable next time.' }),
      past(9, '2025-09-30T10:00:00Z', [sue.id], { workDone: 'Set up the printer' }),
    ],
    knowHow: [
      { id: 1, personId: sue.id, question: 'How do I scan to e-mail?', answer: 'Press Scan, then choose "Sue" from the list', timesAsked: 4, lastAskedAt: '2025-10-30T10:00:00Z' },
      { id: 2, personId: null, question: 'Where is the Wi-Fi password?', answer: 'On the fridge', timesAsked: 1, lastAskedAt: null },
    ],
  });
  const c = brief(s).client;

  it('lists open follow-ups, overdue first, with the context and how they like to be followed up', () => {
    const items = sectionItems(c, 'followUps');
    expect(items.map((i) => [i.text, i.reason])).toEqual([
      ['Ring Sue: check the new router is stable.', 'overdue: was due last Tuesday'],
      ['Check in with The Hills: backup drive has space.', 'due in 7 days at 09:00'],
    ]);
    expect(items[0]?.detail).toBe('Sue is happy to be followed up by phone, weekday evenings.');
  });

  it('lists incidents whose why has not been explained, with the why and what was done', () => {
    const items = sectionItems(c, 'incidents');
    expect(items).toHaveLength(1);
    expect(items[0]?.text).toBe('Explain why it happened: The printer stopped scanning to e-mail.');
    expect(items[0]?.detail).toBe('Why: the mail provider changed its password rules. — What was done: switched to an app password.');
  });

  it('gives the last completed visit with its work and a short excerpt of the notes', () => {
    const [item] = sectionItems(c, 'lastVisit');
    expect(item?.text).toBe('Last visit: Replaced the router.');
    expect(item?.reason).toBe('last visit 3 weeks ago');
    expect(item?.detail?.length).toBeLessThanOrEqual(160);
    expect(item?.detail).toMatch(/^Sue mentioned the grandchild is due any day now\..*…$/);
  });

  it('lists know-how they often ask, with the answer given last time', () => {
    const items = sectionItems(c, 'knowHow');
    expect(items.map((i) => [i.text, i.reason, i.detail])).toEqual([
      ['Often asked by Sue: How do I scan to e-mail?', 'asked 4 times, last 30 Oct', 'Answer given: Press Scan, then choose "Sue" from the list.'],
    ]);
  });

  it('gives the site logistics, whom to ask for first', () => {
    expect([...sectionItems(c, 'logistics')].map((i) => i.text)).toEqual(['Ask for Sue at reception on arrival.', 'Parking: behind the shop.', 'On site: router in the loft.']);
  });

  it("puts the client's own business news in its sections when no one you see was told it", () => {
    const b = brief({ ...s, lifeEvents: [event('new-office', [], '2025-11-03', { clientId: 1 }), event('cash-flow-trouble', [], '2025-10-01', { clientId: 1, ongoing: true })] });
    expect(sectionItems(b.client, 'askAbout').map((i) => i.text)).toEqual(['Ask about the new premises.']);
    expect(sectionItems(b.client, 'handleWithCare').map((i) => i.text)).toEqual(['Ask gently about how business is going.']);
  });
});

describe('reading order and "more"', () => {
  const busy = snapshot({
    // Past the first 30 days, when good news and small talk step back.
    people: [{ ...sue, interests: ['a', 'b', 'c', 'd', 'e'] }, { ...tom, diedOn: { date: '2025-09-23', precision: 'day' } }, lily],
    lifeEvents: [
      event('birth', [lily.id], '2025-11-01'),
      event('surgery', [sue.id], '2025-11-02', { ongoing: true }),
      event('new-job', [sue.id], '2025-11-10'),
    ],
    followUps: [{ id: 1, clientId: 1, personId: sue.id, dueAt: '2025-11-18T18:00:00Z', kind: 'call', context: 'router', done: false }],
  });

  it('gives every person the five sections in reading order, and the client its eight', () => {
    const b = brief(busy);
    expect(personIn(b, sue.id).sections.map((s) => s.key)).toEqual([...PERSON_SECTIONS]);
    expect(b.client.sections.map((s) => s.key)).toEqual([...CLIENT_SECTIONS]);
  });

  it('shows three items per section and keeps the rest behind "more"', () => {
    const smallTalk = personIn(brief(busy), sue.id).sections.find((s) => s.key === 'smallTalk');
    expect(smallTalk?.items.map((i) => i.text)).toEqual(['Chat about a.', 'Chat about b.', 'Chat about c.']);
    expect(smallTalk?.more).toHaveLength(2);
  });

  it('highlights what could hurt first, then promises, then things to ask about', () => {
    const kinds = brief(busy).highlights.map((i) => i.kind);
    expect(kinds).toEqual(['recent-death', 'sensitive-event', 'follow-up', 'celebration', 'celebration']);
  });

  it('lets settings change the lengths', () => {
    const b = buildBriefing(busy, { now, timeZone: LONDON, settings: { itemsPerSection: 1, highlights: 2 } });
    expect(personIn(b, sue.id).sections.find((s) => s.key === 'smallTalk')?.items).toHaveLength(1);
    expect(b.highlights).toHaveLength(2);
  });
});

describe('relationships read from both sides', () => {
  it('Lily is Sue’s grandchild and Sue is Lily’s grandparent', () => {
    const b = brief(snapshot({ visit: visit('2025-11-20T10:00:00Z', { expectedAttendeeIds: [sue.id, lily.id] }), relationships: [relationship(sue.id, 'grandparent', lily.id)] }));
    expect(personIn(b, sue.id).circle).toEqual([{ personId: lily.id, name: 'Lily', relation: 'grandchild', status: 'current' }]);
    expect(personIn(b, lily.id).circle).toEqual([{ personId: sue.id, name: 'Sue Hill', relation: 'grandparent', status: 'current' }]);
  });
});
