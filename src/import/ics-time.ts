/** Date and time values of iCalendar events, kept as wall-clock fields until a zone is known. */
import ICAL from 'ical.js';

export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** `zoned` needs a time zone to become an instant; `floating` uses the caller's zone. */
export type IcsTime =
  | { kind: 'date'; wall: Wall }
  | { kind: 'utc'; wall: Wall }
  | { kind: 'floating'; wall: Wall }
  | { kind: 'zoned'; wall: Wall; tzid: string };

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z?))?$/;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads a date or date-time as ical.js hands it over (`2024-03-05`, `2024-03-05T10:00:00Z`).
 * ical.js accepts garbage here, so every field is checked. Years outside 1000–9999 are refused:
 * they are never real appointments and JavaScript dates misread years below 100.
 */
export function parseIcsTime(value: unknown, tzid: string | undefined): IcsTime | undefined {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const wall = { year, month, day, hour, minute, second: Math.min(second, 59) };
  if (m[4] === undefined) return { kind: 'date', wall };
  if (m[7] === 'Z') return { kind: 'utc', wall };
  return tzid ? { kind: 'zoned', wall, tzid } : { kind: 'floating', wall };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const dateString = (w: Wall): string => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;

/** Wall fields read as if they were UTC: exact for `utc`, within a day of the truth for the rest. */
export const nominalMs = (w: Wall): number => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

export function addDays(w: Wall, days: number): Wall {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const daysBetween = (a: Wall, b: Wall): number => Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);

/** A floating ical.js time for recurrence arithmetic, which RFC 5545 does in wall-clock time. */
export const toIcalTime = (t: IcsTime): ICAL.Time =>
  ICAL.Time.fromData({ ...t.wall, isDate: t.kind === 'date' });

/** An ical.js occurrence back in the kind and zone of the series it belongs to. */
export function fromIcalTime(time: ICAL.Time, like: IcsTime): IcsTime {
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
  return { ...like, wall };
}

/** `t` in the shape of the series start: a date keeps the start's time of day, a time on a date series keeps only its day. */
export function alignTo(t: IcsTime, start: IcsTime): IcsTime {
  if (start.kind === 'date') return { kind: 'date', wall: { ...t.wall, hour: 0, minute: 0, second: 0 } };
  if (t.kind === 'date') return { ...start, wall: { ...t.wall, hour: start.wall.hour, minute: start.wall.minute, second: start.wall.second } };
  return t;
}
