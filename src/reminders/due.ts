import { TZDate } from '@date-fns/tz/date';
import type { CalendarDate } from '../dates/calendar-date.ts';
import { localDateOf, localTimeOf, type Instant } from '../dates/time-zone.ts';
import { ITEM_KINDS, type ItemKind } from '../briefing/items.ts';
import type { ReminderSettings } from './settings.ts';

/**
 * Which OS notifications are due at `now`: reminders before planned visits, a morning summary
 * of the day, follow-ups that came due. Each occurrence has a key; the caller records the keys
 * it showed (in the database), so nothing is shown twice across ticks, sleeps and restarts.
 */

export interface ReminderLine {
  kind: ItemKind;
  text: string;
}

export interface ReminderVisit {
  visitId: number;
  startsAt: Instant;
  clientName: string;
  /** The briefing's highlights, what could hurt first. */
  lines: readonly ReminderLine[];
}

export interface ReminderFollowUp {
  followUpId: number;
  dueAt: Instant;
  text: string;
}

export interface ReminderInputs {
  /** Planned visits from the start of today on. */
  visits: readonly ReminderVisit[];
  /** Open follow-ups due by the end of today. */
  followUps: readonly ReminderFollowUp[];
}

export interface Occurrence {
  key: string;
  /** Epoch ms from which it may be shown, and after which it is no use any more. */
  dueAt: number;
  expiresAt: number;
  title: string;
  body: string;
  /** The visit whose briefing a click opens; null opens Home. */
  visitId: number | null;
}

export interface PlannedNotification {
  /** Every occurrence it stands for: record them all as sent. */
  keys: string[];
  title: string;
  body: string;
  visitId: number | null;
}

/** The sections whose items could hurt: never in a title. */
const isHurtful = (kind: ItemKind) => ITEM_KINDS[kind] === 'dontAsk' || ITEM_KINDS[kind] === 'handleWithCare';
export const isGriefLine = (line: ReminderLine) => isHurtful(line.kind);

const MINUTE = 60_000;

function atLocal(day: CalendarDate, time: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, hh, mm, 0, timeZone).getTime();
}

/** Quiet at `ms` when the local time is in [start, end), across midnight when start > end. */
export function isQuiet(ms: number, settings: ReminderSettings, timeZone: string): boolean {
  const { enabled, start, end } = settings.quietHours;
  if (!enabled || start === end) return false;
  const t = localTimeOf(ms, timeZone);
  return start < end ? t >= start && t < end : t >= start || t < end;
}

/** The top one or two briefing lines: the body, never the title. */
const bodyOf = (lines: readonly ReminderLine[]) => (lines.length === 0 ? 'Nothing to keep in mind. Open the briefing.' : lines.slice(0, 2).map((l) => l.text).join('\n'));

/** Every reminder the inputs hold, due or not. */
export function reminderOccurrences(inputs: ReminderInputs, settings: ReminderSettings, timeZone: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const v of inputs.visits) {
    const start = Date.parse(v.startsAt);
    if (Number.isNaN(start)) continue;
    out.push({
      key: `visit:${v.visitId}@${new Date(start).toISOString()}`,
      dueAt: start - settings.leadMinutes * MINUTE,
      expiresAt: start,
      title: `${localTimeOf(start, timeZone)} visit: ${v.clientName}`,
      body: bodyOf(v.lines),
      visitId: v.visitId,
    });
  }
  const byDay = new Map<CalendarDate, ReminderVisit[]>();
  for (const v of inputs.visits) {
    if (Number.isNaN(Date.parse(v.startsAt))) continue;
    const day = localDateOf(v.startsAt, timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), v]);
  }
  if (settings.morningSummary) {
    for (const [day, visits] of byDay) {
      const sorted = [...visits].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
      out.push({
        key: `morning:${day}`,
        dueAt: atLocal(day, settings.morningAt, timeZone),
        // A summary of the day is no use once its last visit has begun.
        expiresAt: Math.max(...sorted.map((v) => Date.parse(v.startsAt))),
        title: sorted.length === 1 ? 'Today: 1 visit' : `Today: ${sorted.length} visits`,
        body: sorted.map((v) => `${localTimeOf(v.startsAt, timeZone)} ${v.clientName}`).join('\n'),
        visitId: sorted[0]!.visitId,
      });
    }
  }
  for (const f of inputs.followUps) {
    const due = Date.parse(f.dueAt);
    if (Number.isNaN(due)) continue;
    out.push({
      key: `followUp:${f.followUpId}@${new Date(due).toISOString()}`,
      dueAt: due,
      // Open follow-ups stay due until done; the input holds only open ones.
      expiresAt: Number.POSITIVE_INFINITY,
      title: 'Follow-up due',
      body: f.text,
      visitId: null,
    });
  }
  return out;
}

const KIND_ORDER = ['morning', 'followUp', 'visit'];
const kindOf = (o: Occurrence) => o.key.slice(0, o.key.search(/[:@]/));

/** Several at once (catching up after sleep or a closed app) fold into one notification. */
function group(due: Occurrence[]): PlannedNotification[] {
  if (due.length === 0) return [];
  if (due.length === 1) {
    const [only] = due as [Occurrence];
    return [{ keys: [only.key], title: only.title, body: only.body, visitId: only.visitId }];
  }
  const firstVisit = due.find((o) => o.visitId !== null)?.visitId ?? null;
  return [
    {
      keys: due.map((o) => o.key),
      title: `${due.length} reminders from Ask After`,
      body: due.map((o) => o.title).join('\n'),
      visitId: firstVisit,
    },
  ];
}

/**
 * What to show at `now`: occurrences that are due and not yet expired, not already sent,
 * in time order, grouped; nothing during quiet hours (they wait until quiet hours end).
 */
export function dueNotifications(now: Date, inputs: ReminderInputs, settings: ReminderSettings, timeZone: string, alreadySent: ReadonlySet<string>): PlannedNotification[] {
  if (!settings.enabled) return [];
  const ms = now.getTime();
  if (isQuiet(ms, settings, timeZone)) return [];
  const seen = new Set<string>();
  const due = reminderOccurrences(inputs, settings, timeZone)
    .filter((o) => o.dueAt <= ms && ms < o.expiresAt && !alreadySent.has(o.key))
    .filter((o) => (seen.has(o.key) ? false : (seen.add(o.key), true)))
    .sort((a, b) => a.dueAt - b.dueAt || KIND_ORDER.indexOf(kindOf(a)) - KIND_ORDER.indexOf(kindOf(b)) || a.key.localeCompare(b.key));
  return group(due);
}
