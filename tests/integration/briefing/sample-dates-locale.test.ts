import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { SAMPLE_SIZES } from '../../../db/sample/sizes.ts';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { createFormatter } from '../../../renderer/settings/format.ts';
import type { Briefing } from '../../../src/briefing/briefing.ts';
import type { Dashboard } from '../../../src/briefing/dashboard.ts';
import type { Item } from '../../../src/briefing/items.ts';
import { addDays } from '../../../src/dates/calendar-date.ts';
import { dateFormat, type DateFormat } from '../../../src/dates/date-format.ts';
import { inProcessApi } from '../../helpers/in-process-api.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { everyItem } from '../../helpers/told-once.ts';

/**
 * One formatter, the user's locale, everywhere: every date and time in the engine's sentences
 * (briefings and Home, through the channels the screens call) is written by the same formatter
 * the screens use. Proof: the en-GB sentences, with each date the en-GB formatter can write
 * replaced by what the locale's formatter writes for that date, are exactly the locale's
 * sentences. A date written any other way (a hard-coded "28 Nov", a "09:00" in en-US) breaks it.
 */
const NOW = new Date('2026-12-02T08:00:00Z');
const ZONE = 'Europe/London';
const TODAY = '2026-12-02';
const LOCALES = ['en-US', 'de-DE', 'fr-FR'] as const;

/** Every date phrase the formatter can write for the days and minutes the sample reaches. */
function tokens(dates: DateFormat): string[] {
  const out: string[] = [];
  for (let day = addDays(TODAY, -366 * 6); day <= addDays(TODAY, 400); day = addDays(day, 1)) {
    out.push(dates.dayMonth(day, true), dates.dayMonth(day, false), dates.month(day, true), dates.month(day, false), `last ${dates.weekday(day)}`, dates.date(day));
  }
  for (let minute = 0; minute < 24 * 60; minute += 1) out.push(dates.time(Date.UTC(2026, 0, 15, 0, minute)));
  return out;
}

function translator(from: DateFormat, to: DateFormat): (text: string) => string {
  const a = tokens(from);
  const b = tokens(to);
  const map = new Map<string, string>();
  a.forEach((token, i) => map.set(token, b[i]!));
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternation = [...map.keys()].sort((x, y) => y.length - x.length).map(escape).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => text.replace(pattern, (token) => map.get(token)!);
}

/**
 * What the engine writes itself: every reason, and the texts that carry a date of its own
 * ("Be mindful: … is in 5 days", "Handle with care — … You asked last Tuesday"). Other texts
 * quote what the user typed ("busy in January", "Mon–Fri 9:00–17:30"), which stays as typed.
 */
const GENERATED_TEXT = /^(Be mindful|Handle with care)/;
const lines = (items: readonly Item[]): string[] => items.flatMap((i) => [i.reason, ...(GENERATED_TEXT.test(i.text) ? [i.text] : [])]);
const briefingLines = (b: Briefing): string[] => lines(everyItem(b));
const dashboardLines = (d: Dashboard): string[] =>
  [d.catchUp, d.followUps, d.dates, d.mindful, d.pastRhythm, ...[...d.visitsToday, ...d.visitsThisWeek].map((v) => v.topItems)]
    .flatMap(lines)
    .concat([...d.visitsToday, ...d.visitsThisWeek].map((v) => v.time));

describe('dates in sentences, in the user\'s locale', () => {
  let store: TempStore;
  let api: ApiClient;
  let visitIds: number[];
  beforeAll(async () => {
    store = await tempStore();
    generateSampleData(store.sqlite, SAMPLE_SIZES.sample, NOW);
    api = inProcessApi(store, () => NOW);
    // Every third visit keeps the test quick; the sample's visits are in no particular order of kind.
    visitIds = (store.sqlite.prepare('select id from visits order by id').all() as { id: number }[]).map((v) => v.id).filter((_, i) => i % 3 === 0);
  });
  afterAll(() => store.dispose());

  const read = async (locale: string) => {
    const briefings = await Promise.all(visitIds.map((id) => api.call('briefing:forVisit', { id, now: NOW.toISOString(), timeZone: ZONE, locale })));
    const dashboard = await api.call('dashboard:get', { now: NOW.toISOString(), timeZone: ZONE, locale });
    return [...briefings.flatMap(briefingLines), ...dashboardLines(dashboard)];
  };

  it('the sample has dates in its sentences to judge by', async () => {
    const gb = (await read('en-GB')).join('\n');
    expect(gb).toMatch(/\bon \d{1,2} [A-Z][a-z]{2}\b/);
    expect(gb).toMatch(/\b\d{2}:\d{2}\b/);
  });

  it.each(LOCALES)('%s: every date and time in briefings and on Home is the shared formatter\'s', async (locale) => {
    const toLocale = translator(dateFormat({ locale: 'en-GB', timeZone: ZONE }), dateFormat({ locale, timeZone: ZONE }));
    const [gb, local] = [await read('en-GB'), await read(locale)];
    expect(local.length).toBe(gb.length);
    const differing = gb.map((line, i) => ({ expected: toLocale(line), actual: local[i]! })).filter((p) => p.expected !== p.actual);
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it.each(['en-GB', ...LOCALES])('%s: the screens\' formatter writes dates as the sentences do', (locale) => {
    const screens = createFormatter({ locale, dateFormat: 'medium', weekStart: 'mon', timeZone: ZONE }, () => NOW);
    const engine = dateFormat({ locale, timeZone: ZONE });
    expect(screens.dates).toBe(engine);
    expect(screens.day('2026-11-28')).toBe(engine.dayMonth('2026-11-28', false));
    expect(screens.day('2025-03-14')).toBe(engine.dayMonth('2025-03-14', true));
    expect(screens.time('2026-12-02T09:00:00Z')).toBe(engine.time('2026-12-02T09:00:00Z'));
  });

  it('en-US reads "Nov 28" and "9:00 AM", never "28 Nov" or "09:00 AM"', async () => {
    const us = (await read('en-US')).join('\n');
    expect(us).not.toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
    expect(us).not.toMatch(/\b0\d:\d{2}\s?[AP]M\b/);
    expect(us).toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}\b/);
  });
});
