import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, ReminderSettings } from '../../../src/reminders/settings.ts';
import { dueNotifications, isQuiet, reminderOccurrences, type ReminderInputs } from '../../../src/reminders/due.ts';
import type { ItemKind } from '../../../src/briefing/items.ts';

const BASE = Date.parse('2026-03-27T00:00:00Z'); // spans the UK and EU clock change
const ZONES = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC'];
const KINDS: ItemKind[] = ['recent-death', 'grief', 'death-anniversary', 'sensitive-event', 'former-partner', 'celebration', 'news', 'follow-up', 'birthday'];

const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const settingsArb = fc.record({
  enabled: fc.constant(true),
  leadMinutes: fc.integer({ min: 0, max: 600 }),
  morningSummary: fc.boolean(),
  morningAt: time,
  quietHours: fc.record({ enabled: fc.boolean(), start: time, end: time }),
});

const inputsArb: fc.Arbitrary<ReminderInputs> = fc.record({
  visits: fc.uniqueArray(
    fc.record({
      visitId: fc.integer({ min: 1, max: 40 }),
      startsAt: fc.integer({ min: 0, max: 96 * 4 }).map((q) => new Date(BASE + q * 15 * 60_000).toISOString()),
      clientName: fc.constantFrom('Smith Dental', 'The Collinses', 'Park Lane Vets'),
      lines: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), text: fc.integer({ min: 1, max: 999 }).map((n) => `line ${n} text`) }), { maxLength: 4 }),
    }),
    { selector: (v) => v.visitId, maxLength: 8 },
  ),
  followUps: fc.uniqueArray(
    fc.record({ followUpId: fc.integer({ min: 1, max: 40 }), dueAt: fc.integer({ min: -96, max: 96 * 4 }).map((q) => new Date(BASE + q * 15 * 60_000).toISOString()), text: fc.constant('Send the invoice') }),
    { selector: (f) => f.followUpId, maxLength: 5 },
  ),
});

/** Instants the app looked (ticks, wake-ups, starts): sorted, with gaps like sleep or a closed app. */
const ticksArb = fc.uniqueArray(fc.integer({ min: -12 * 4, max: 5 * 24 * 4 }), { minLength: 1, maxLength: 60 }).map((qs) => qs.sort((a, b) => a - b).map((q) => BASE + q * 15 * 60_000 + 7_000));

function run(inputs: ReminderInputs, settings: ReminderSettings, zone: string, ticks: number[]) {
  const sent = new Set<string>();
  const shown: { at: number; keys: string[]; title: string }[] = [];
  for (const at of ticks) {
    for (const n of dueNotifications(new Date(at), inputs, settings, zone, sent)) {
      shown.push({ at, keys: n.keys, title: n.title });
      for (const key of n.keys) sent.add(key);
    }
  }
  return shown;
}

describe('dueNotifications', () => {
  it('never shows an occurrence twice, however the ticks fall', () => {
    fc.assert(
      fc.property(inputsArb, settingsArb, fc.constantFrom(...ZONES), ticksArb, (inputs, settings, zone, ticks) => {
        const keys = run(inputs, settings, zone, ticks).flatMap((s) => s.keys);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('misses nothing: each occurrence is shown once the app looks while it is due and not in quiet hours', () => {
    fc.assert(
      fc.property(inputsArb, settingsArb, fc.constantFrom(...ZONES), ticksArb, (inputs, settings, zone, ticks) => {
        const shownKeys = new Set(run(inputs, settings, zone, ticks).flatMap((s) => s.keys));
        for (const o of reminderOccurrences(inputs, settings, zone)) {
          const looked = ticks.some((t) => o.dueAt <= t && t < o.expiresAt && !isQuiet(t, settings, zone));
          expect(shownKeys.has(o.key)).toBe(looked);
        }
      }),
    );
  });

  it('shows nothing during quiet hours, and nothing at all when reminders are off', () => {
    fc.assert(
      fc.property(inputsArb, settingsArb, fc.constantFrom(...ZONES), ticksArb, (inputs, settings, zone, ticks) => {
        for (const s of run(inputs, settings, zone, ticks)) expect(isQuiet(s.at, settings, zone)).toBe(false);
        expect(run(inputs, { ...settings, enabled: false }, zone, ticks)).toEqual([]);
      }),
    );
  });

  it('never puts a grief or handle-with-care line in a title', () => {
    fc.assert(
      fc.property(inputsArb, settingsArb, fc.constantFrom(...ZONES), ticksArb, (inputs, settings, zone, ticks) => {
        const hurtful = inputs.visits.flatMap((v) => v.lines).filter((l) => ['recent-death', 'grief', 'death-anniversary', 'sensitive-event', 'former-partner'].includes(l.kind));
        for (const s of run(inputs, settings, zone, ticks)) for (const line of hurtful) expect(s.title).not.toContain(line.text);
      }),
    );
  });
});

describe('reminders as a consultant sees them', () => {
  const settings = { ...DEFAULT_REMINDER_SETTINGS, quietHours: { enabled: false, start: '21:00', end: '07:00' } };
  const inputs: ReminderInputs = {
    visits: [
      { visitId: 7, startsAt: '2026-06-02T09:00:00Z', clientName: 'Smith Dental', lines: [{ kind: 'recent-death', text: "Don't ask about Sue's husband" }, { kind: 'news', text: "Ask how Tom's new job is going" }, { kind: 'birthday', text: 'Sue turns 60' }] },
      { visitId: 8, startsAt: '2026-06-02T14:00:00Z', clientName: 'The Collinses', lines: [] },
    ],
    followUps: [{ followUpId: 3, dueAt: '2026-06-02T07:00:00Z', text: 'Send the printer quote' }],
  };

  it('an hour before a visit: the time and client as title, the top two briefing lines as body; a click opens that briefing', () => {
    const [n] = dueNotifications(new Date('2026-06-02T08:00:00Z'), inputs, { ...settings, morningSummary: false }, 'UTC', new Set(['followUp:3@2026-06-02T07:00:00.000Z']));
    expect(n).toEqual({ keys: ['visit:7@2026-06-02T09:00:00.000Z'], title: '09:00 visit: Smith Dental', body: "Don't ask about Sue's husband\nAsk how Tom's new job is going", visitId: 7 });
    expect(dueNotifications(new Date('2026-06-02T07:59:00Z'), inputs, { ...settings, morningSummary: false }, 'UTC', new Set(['followUp:3@2026-06-02T07:00:00.000Z']))).toEqual([]);
  });

  it('after a night with the laptop shut, everything missed comes as one grouped notification', () => {
    const [n, ...rest] = dueNotifications(new Date('2026-06-02T08:30:00Z'), inputs, settings, 'UTC', new Set());
    expect(rest).toEqual([]);
    expect(n!.keys).toEqual(['followUp:3@2026-06-02T07:00:00.000Z', 'morning:2026-06-02', 'visit:7@2026-06-02T09:00:00.000Z']);
    expect(n!.title).toBe('3 reminders from Ask After');
    expect(n!.body).toBe('Follow-up due\nToday: 2 visits\n09:00 visit: Smith Dental');
  });

  it('a reminder that fell in quiet hours waits for them to end, unless the visit has begun by then', () => {
    const quiet = { ...settings, morningSummary: false, quietHours: { enabled: true, start: '21:00', end: '08:30' } };
    const sent = new Set(['followUp:3@2026-06-02T07:00:00.000Z']);
    expect(dueNotifications(new Date('2026-06-02T08:15:00Z'), inputs, quiet, 'UTC', sent)).toEqual([]);
    expect(dueNotifications(new Date('2026-06-02T08:30:00Z'), inputs, quiet, 'UTC', sent)[0]?.keys).toEqual(['visit:7@2026-06-02T09:00:00.000Z']);
    expect(dueNotifications(new Date('2026-06-02T09:00:00Z'), inputs, quiet, 'UTC', sent)).toEqual([]);
  });

  it('settings refuse a time that is not HH:MM and a negative lead, saying what to write', () => {
    expect(ReminderSettings.safeParse({ morningAt: '8am' }).error?.issues[0]?.message).toBe('Write the time as HH:MM, for example 07:30.');
    expect(ReminderSettings.safeParse({ leadMinutes: -5 }).error?.issues[0]?.message).toBe('The lead time cannot be negative.');
    expect(DEFAULT_REMINDER_SETTINGS.leadMinutes).toBe(60);
  });
});
