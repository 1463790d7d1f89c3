import { DEFAULT_LOCALE, dateFormat } from '../dates/date-format.ts';
import { assertTimeZone, instantMs, localDateOf, todayIn } from '../dates/time-zone.ts';
import { whoYoullSee } from './attendees.ts';
import type { Briefing, BriefingOptions, ClientBriefing, PersonBriefing } from './briefing.ts';
import { clientBriefing } from './client-briefing.ts';
import { reconcile } from './consequences.ts';
import { buildContext } from './context.ts';
import { sayEachFactOnce } from './group-by-fact.ts';
import { byPriority, highlightRank } from './items.ts';
import type { Item } from './items.ts';
import { personBriefing } from './person-briefing.ts';
import type { BriefingSnapshot, Id } from './snapshot.ts';
import { GRIEF_SOFTENS_DAYS, GRIEF_SOFTENS_MAX_DAYS } from './windows.ts';

/**
 * The briefing engine: pure, deterministic, no clock of its own. The same snapshot, `now` and
 * time zone always give the same briefing.
 */

const DEFAULT_ITEMS_PER_SECTION = 3;
const DEFAULT_HIGHLIGHTS = 5;

/** Hurtful first, then promises, then asks; within each, by priority. Background is never a highlight. */
function pickHighlights(people: readonly PersonBriefing[], client: ClientBriefing, count: number): Item[] {
  const ranked: Array<{ rank: number; item: Item }> = [];
  for (const s of [...people.flatMap((p) => p.sections), ...client.sections]) {
    for (const item of [...s.items, ...s.more]) {
      const rank = highlightRank(item.kind);
      if (rank !== undefined) ranked.push({ rank, item });
    }
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || byPriority(a.item, b.item))
    .slice(0, count)
    .map((r) => r.item);
}

export function buildBriefing(given: BriefingSnapshot, options: BriefingOptions): Briefing {
  // Events and state never disagree: a death event is a death, a separation ends the partnership.
  const snapshot: BriefingSnapshot = { ...given, ...reconcile(given) };
  const { now, timeZone, locale = DEFAULT_LOCALE, settings = {} } = options;
  assertTimeZone(timeZone);
  const limit = settings.itemsPerSection ?? DEFAULT_ITEMS_PER_SECTION;
  // As the settings allow: no longer than the events a briefing reads can tell (event-relevance.ts).
  const griefSoftensDays = Math.min(settings.griefSoftensDays ?? GRIEF_SOFTENS_DAYS, GRIEF_SOFTENS_MAX_DAYS);
  const today = todayIn(now, timeZone);
  const day = localDateOf(snapshot.visit.startsAt, timeZone);
  const ctx = buildContext(snapshot, { today, day, nowMs: instantMs(now), timeZone, dates: dateFormat({ locale, timeZone }) });

  const attendees = whoYoullSee(snapshot, ctx.people, day);
  const briefed = new Set<Id>(attendees.map((a) => a.person.id));
  const surfaced = new Set<Id>();
  const { people, client } = sayEachFactOnce(
    attendees.map((a) => personBriefing(a, ctx, briefed, surfaced, limit, griefSoftensDays)),
    clientBriefing(snapshot, ctx, surfaced, limit),
    ctx,
    snapshot.lifeEvents,
    limit,
  );

  return {
    visitId: snapshot.visit.id,
    clientId: snapshot.client.id,
    startsAt: snapshot.visit.startsAt,
    day,
    today,
    people,
    client,
    highlights: pickHighlights(people, client, settings.highlights ?? DEFAULT_HIGHLIGHTS),
  };
}
