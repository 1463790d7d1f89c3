/** Birthdays and anniversaries as exporters write them, read into a PartialDate. */
import type { PartialDate } from './types.ts';

/**
 * Years before this are placeholders, never real birth years of the people we keep:
 * Apple writes 1604 for "no year", others 0000 or 0001.
 */
const FIRST_REAL_YEAR = 1800;
/** Outlook's "no date" is 4501-01-01; nothing this far ahead is a real date. */
const LAST_REAL_YEAR = 2200;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A checked PartialDate; a placeholder year is dropped, 29 February needs a leap year if the year is known. */
export function makePartialDate(year: number | undefined, month: number, day: number): PartialDate | undefined {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return undefined;
  if (year !== undefined && year > LAST_REAL_YEAR) return undefined;
  const knownYear = year !== undefined && year >= FIRST_REAL_YEAR ? year : undefined;
  const maxDay = month === 2 && knownYear !== undefined && !isLeap(knownYear) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > maxDay) return undefined;
  return knownYear === undefined ? { month, day } : { month, day, year: knownYear };
}

/**
 * ISO 8601 forms used by vCard and most CSVs: `--MMDD`, `--MM-DD`, `YYYYMMDD`,
 * `YYYY-MM-DD`, each optionally followed by a time (ignored: a birthday is a calendar date).
 * `omitYear` is Apple's X-APPLE-OMIT-YEAR parameter: the year that means "no year".
 */
export function parseIsoPartialDate(text: string, omitYear?: number): PartialDate | undefined {
  const value = text.trim();
  const noYear = /^--(\d{2})-?(\d{2})$/.exec(value);
  if (noYear) return makePartialDate(undefined, Number(noYear[1]), Number(noYear[2]));
  const full = /^(\d{4})(-?)(\d{2})\2(\d{2})(?:T[\d:.,+\-Z]*)?$/i.exec(value);
  if (!full) return undefined;
  const year = Number(full[1]);
  return makePartialDate(year === omitYear ? undefined : year, Number(full[3]), Number(full[4]));
}

/** Which way round to read `a/b/yyyy`; decided per column by the CSV parser. */
export type SlashOrder = 'day-first' | 'month-first';

/** Outlook writes an empty date as 0/0/00 or 0.0.00. */
export const isZeroDate = (text: string): boolean => /^[0\s./-]+$/.test(text.trim());

/**
 * Spreadsheet forms on top of ISO: `d.m.yyyy` (German), `a/b/yyyy` read by `slashOrder`,
 * `yyyy/mm/dd`, and `d.m.` / `a/b` without a year.
 */
export function parseLocalPartialDate(text: string, slashOrder: SlashOrder): PartialDate | undefined {
  const iso = parseIsoPartialDate(text);
  if (iso) return iso;
  const value = text.trim();
  const ymd = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value);
  if (ymd) return makePartialDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})?$/.exec(value);
  if (dotted) return makePartialDate(dotted[3] ? Number(dotted[3]) : undefined, Number(dotted[2]), Number(dotted[1]));
  const slashed = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?$/.exec(value);
  if (!slashed) return undefined;
  const [a, b] = [Number(slashed[1]), Number(slashed[2])];
  const year = slashed[3] ? Number(slashed[3]) : undefined;
  return slashOrder === 'day-first' ? makePartialDate(year, b, a) : makePartialDate(year, a, b);
}

/** What a slash date says about the column's order: only a part above 12 can decide it. */
export function slashOrderHint(text: string): SlashOrder | undefined {
  const m = /^(\d{1,2})[/-](\d{1,2})(?:[/-]\d{4})?$/.exec(text.trim());
  if (!m) return undefined;
  if (Number(m[1]) > 12) return 'day-first';
  if (Number(m[2]) > 12) return 'month-first';
  return undefined;
}
