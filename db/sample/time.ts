/** Day arithmetic on UTC epoch milliseconds: the generator works in instants relative to `now`. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export const instantOf = (ms: number): string => new Date(ms).toISOString();

/** The calendar date (yyyy-MM-dd) of an instant, in UTC. */
export const dayOf = (ms: number): string => instantOf(ms).slice(0, 10);

export const midnightOf = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/** Moves a Saturday or Sunday to the nearest weekday in `direction` (forwards 1, back -1). */
export function weekday(ms: number, direction: 1 | -1): number {
  let day = ms;
  while (new Date(day).getUTCDay() % 6 === 0) day += direction * DAY_MS;
  return day;
}

const isLeap = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

export const daysInMonth = (year: number, month: number): number => (month === 2 ? (isLeap(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);
