import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/briefing/dashboard.ts';
import type { DashboardSnapshot, FieldReminder } from '../../../src/briefing/snapshot.ts';
import { LONDON } from './builders.ts';

const now = new Date('2027-01-30T09:00:00Z');
const options = { now, timeZone: LONDON, from: '2027-01-25', to: '2027-01-31', lastOpenedAt: null };
const renewal = (id: number, label: string, date: string, remindDaysBefore: number): FieldReminder => ({ id, clientId: 1, label, date, remindDaysBefore });
const snapshot = (renewals: FieldReminder[]): DashboardSnapshot => ({
  visits: [],
  unloggedVisits: [],
  clients: [{ id: 1, name: 'Smith Dental', rhythmDays: null, lastCompletedVisitAt: null, nextPlannedVisitAt: null, lastContact: null }],
  followUps: [],
  people: [],
  relationships: [],
  roles: [],
  lifeEvents: [],
  renewals,
});

describe('renewals on the dashboard', () => {
  it('says how far off each date is once its reminder has begun, the most overdue first, and leaves out the ones not begun', () => {
    const dash = buildDashboard(
      snapshot([
        renewal(1, 'Microsoft 365 renewal', '2027-03-01', 30),
        renewal(2, 'Antivirus licence', '2027-03-02', 30),
        renewal(3, 'Domain renewal', '2027-01-31', 7),
        renewal(4, 'Router warranty', '2027-01-30', 0),
        renewal(5, 'Backup licence', '2027-01-29', 14),
        renewal(6, 'SSL certificate', '2027-01-27', 14),
      ]),
      options,
    );
    expect(dash.renewals.map((i) => i.text)).toEqual([
      'Smith Dental: SSL certificate was due 3 days ago (renew or update the date).',
      'Smith Dental: Backup licence was due 1 day ago (renew or update the date).',
      'Smith Dental: Router warranty due today.',
      'Smith Dental: Domain renewal due tomorrow.',
      'Smith Dental: Microsoft 365 renewal in 30 days.',
    ]);
    expect(dash.renewals.map((i) => i.about.map((r) => `${r.type}:${r.id}`))[0]).toEqual(['client-field:6', 'client:1']);
    expect(dash.totals.renewals).toBe(5);
  });

  it('is empty without date fields', () => {
    expect(buildDashboard(snapshot([]), options).renewals).toEqual([]);
  });
});
