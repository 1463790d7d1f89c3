import { describe, it, expect } from 'vitest';
import { buildDashboard } from '../../../src/briefing/dashboard.ts';
import type { Dashboard } from '../../../src/briefing/dashboard.ts';
import type { DashboardClient, DashboardSnapshot, FollowUp } from '../../../src/briefing/snapshot.ts';
import { LONDON, client, event, lily, person, relationship, role, snapshot, sue, tom, visit } from './builders.ts';

// Thursday 20 November 2025, 08:00 in London; the week runs Monday 17 to Sunday 23. The app
// was last opened on Friday 14 November.
const now = new Date('2025-11-20T08:00:00Z');
const week = { from: '2025-11-17', to: '2025-11-23' };
const lastOpenedAt = new Date('2025-11-14T18:00:00Z');

const ann = person(5, 'Ann', { familyName: 'Patel' });
const raj = person(6, 'Raj', { familyName: 'Patel' });
const bob = person(7, 'Bob', { diedOn: { date: '2020-12-01', precision: 'month' } });
const mark = person(8, 'Mark');

const rhythmClient = (id: number, name: string, rhythmDays: number | null, lastCompletedVisitAt: string | null, nextPlannedVisitAt: string | null = null): DashboardClient => ({
  id,
  name,
  rhythmDays,
  lastCompletedVisitAt,
  nextPlannedVisitAt,
});
const followUp = (id: number, dueAt: string, extra: Partial<FollowUp> = {}): FollowUp => ({
  id,
  clientId: 1,
  personId: sue.id,
  dueAt,
  kind: 'call',
  context: `follow-up ${id}`,
  done: false,
  ...extra,
});

const people = [
  { ...sue, birthday: { month: 11, day: 25, year: null } },
  { ...tom, diedOn: { date: '2023-11-28', precision: 'day' as const }, birthday: { month: 11, day: 22, year: 1950 } },
  { ...lily, birthday: { month: 11, day: 17, year: 2019 } },
  ann,
  raj,
  bob,
  mark,
];

const dashboardSnapshot: DashboardSnapshot = {
  visits: [
    snapshot({ visit: visit('2025-11-20T14:00:00Z', { id: 1 }), people }),
    snapshot({ visit: visit('2025-11-20T16:00:00Z', { id: 2, status: 'cancelled' }) }),
    snapshot({ visit: visit('2025-11-22T09:30:00Z', { id: 3, clientId: 2 }), client: client({ id: 2, name: 'Hill Dental' }), roles: [role(ann.id, { clientId: 2 })], people: [ann] }),
    snapshot({ visit: visit('2025-11-25T09:30:00Z', { id: 4 }) }),
  ],
  unloggedVisits: [visit('2025-11-17T10:00:00Z', { id: 5, clientId: 2 }), visit('2025-11-10T10:00:00Z', { id: 6, clientId: 2 })],
  clients: [
    rhythmClient(1, 'The Hills', 28, '2025-10-01T10:00:00Z'),
    rhythmClient(2, 'Hill Dental', 14, '2025-11-10T10:00:00Z'),
    rhythmClient(3, 'Corner Shop', 7, '2025-11-11T10:00:00Z', '2025-11-26T10:00:00Z'),
    rhythmClient(4, 'New Client', 28, null),
  ],
  followUps: [
    followUp(1, '2025-11-18T18:00:00Z'),
    followUp(2, '2025-11-20T17:00:00Z', { personId: null, kind: 'check' }),
    followUp(3, '2025-11-30T09:00:00Z'),
    followUp(4, '2025-11-12T09:00:00Z', { done: true }),
    followUp(5, '2025-11-16T10:00:00Z'),
  ],
  people,
  relationships: [relationship(sue.id, 'spouse', tom.id), relationship(sue.id, 'grandparent', lily.id), relationship(ann.id, 'spouse', raj.id), relationship(sue.id, 'spouse', mark.id, { until: '2024-03-01' })],
  roles: [role(sue.id), role(ann.id, { clientId: 2 }), role(raj.id, { clientId: 2 })],
  lifeEvents: [
    event('wedding', [sue.id, tom.id], '1975-11-29', { title: 'Sue and Tom married' }),
    event('wedding', [ann.id, raj.id], '2000-12-01', { title: 'Ann and Raj married' }),
    event('wedding', [sue.id, mark.id], '2010-11-27', { title: 'Sue and Mark married' }),
    event('business-anniversary', [], '2015-11-24', { clientId: 2, title: 'Hill Dental opened' }),
  ],
};

const dash: Dashboard = buildDashboard(dashboardSnapshot, { now, timeZone: LONDON, ...week, lastOpenedAt });

describe('the dashboard for the week', () => {
  it("shows today's visits with their top items, and the rest of the week, never cancelled or out-of-range ones", () => {
    expect(dash.today).toBe('2025-11-20');
    expect(dash.visitsToday.map((v) => [v.visitId, v.time])).toEqual([[1, '14:00']]);
    expect(dash.visitsThisWeek.map((v) => [v.visitId, v.clientName, v.day])).toEqual([[3, 'Hill Dental', '2025-11-22']]);
    const [first] = dash.visitsToday[0]?.topItems ?? [];
    expect(first?.kind).toBe('death-anniversary');
    expect(dash.visitsToday[0]?.topItems.length).toBeLessThanOrEqual(3);
  });

  it('lists open follow-ups due by the end of the week, overdue first, naming person and client', () => {
    expect(dash.followUps.map((i) => [i.text, i.reason])).toEqual([
      ['Call Sue at The Hills: follow-up 5.', 'overdue: was due last Sunday'],
      ['Call Sue at The Hills: follow-up 1.', 'overdue: was due last Tuesday'],
      ['Check in with The Hills: follow-up 2.', 'due today at 17:00'],
    ]);
  });

  it('lists birthdays and anniversaries of living people in the next 14 days, never of the dead or the separated', () => {
    expect(dash.dates.map((i) => [i.text, i.reason])).toEqual([
      ['Tenth business anniversary: Hill Dental.', 'anniversary in 4 days'],
      ['Birthday of Sue Hill (The Hills).', 'birthday in 5 days'],
      ['25th wedding anniversary: Ann and Raj.', 'anniversary in 11 days'],
    ]);
  });

  it('lists death anniversaries to be mindful of, with who was close; a month-precision one by its month', () => {
    expect(dash.mindful.map((i) => [i.text, i.detail])).toEqual([
      ["Be mindful: the second anniversary of Tom Hill's death is in 8 days.", 'Close to them: Sue Hill (The Hills).'],
      ["Be mindful: the fifth anniversary of Bob's death is next month.", null],
    ]);
    expect(dash.mindful[1]?.on).toEqual({ date: '2025-12-01', precision: 'month' });
  });

  it('lists clients past their usual rhythm from the last completed visit, longest overdue first', () => {
    expect(dash.pastRhythm.map((i) => [i.text, i.reason, i.detail])).toEqual([
      ['Time to see The Hills: usually every 4 weeks.', 'last visit 7 weeks ago; due 3 weeks ago', null],
      ['Time to see Corner Shop: usually every week.', 'last visit 9 days ago; due last Tuesday', 'Next visit booked in 6 days.'],
    ]);
  });

  it('catches up on what came due while the app was closed, oldest first', () => {
    expect(dash.catchUp.map((i) => [i.kind, i.on.date])).toEqual([
      ['follow-up', '2025-11-16'],
      ['unlogged-visit', '2025-11-17'],
      ['birthday', '2025-11-17'],
      ['follow-up', '2025-11-18'],
      ['past-rhythm', '2025-11-18'],
    ]);
    expect(dash.catchUp.find((i) => i.kind === 'birthday')?.text).toBe("Birthday of Lily (Sue Hill's grandchild).");
  });

  it('has no catch-up on first opening', () => {
    expect(buildDashboard(dashboardSnapshot, { now, timeZone: LONDON, ...week, lastOpenedAt: null }).catchUp).toEqual([]);
  });

  it('is the same every time for the same input', () => {
    expect(buildDashboard(structuredClone(dashboardSnapshot), { now, timeZone: LONDON, ...week, lastOpenedAt })).toEqual(dash);
  });
});
