import type { SampleClient, SampleContext } from './context.ts';
import { DAY_MS, HOUR_MS, instantOf } from './time.ts';
import { INCIDENTS, KNOW_HOW } from './work-texts.ts';

/**
 * What went wrong at each client and why (some causes not yet found or not yet explained to
 * them), and the questions they keep asking with the answers given.
 */
export function writeIncidentsAndKnowHow(ctx: SampleContext, clients: readonly SampleClient[]): void {
  const { random: r, write, now } = ctx;
  for (const client of clients) {
    for (let n = r.int(0, 2); n > 0; n--) {
      const text = r.pick(INCIDENTS);
      const startedMs = now - r.int(1, 400) * DAY_MS - r.int(0, 23) * HOUR_MS;
      // Only something recent can still be unresolved.
      const resolvedMs = startedMs > now - 60 * DAY_MS && r.chance(0.3) ? null : Math.min(now, startedMs + r.int(1, 48) * HOUR_MS);
      // The cause of an old incident has long been found and told; only recent ones may still be open.
      const recent = startedMs > now - 60 * DAY_MS;
      const explained = resolvedMs !== null && (!recent || r.chance(0.8));
      const told = explained && (!recent || r.chance(0.7));
      write.incident({
        clientId: client.id,
        startedAt: instantOf(startedMs),
        resolvedAt: resolvedMs === null ? null : instantOf(resolvedMs),
        summary: text.summary,
        impact: text.impact,
        cause: explained ? text.cause : null,
        prevention: explained ? text.prevention : null,
        explainedAt: told ? instantOf(Math.min(now, (resolvedMs ?? startedMs) + r.int(1, 5) * DAY_MS)) : null,
      });
    }
    for (const text of r.some(KNOW_HOW, r.int(0, 3))) {
      const asker = client.contacts.length > 0 && r.chance(0.5) ? r.pick(client.contacts) : null;
      write.knowHow({
        clientId: client.id,
        personId: asker?.id ?? null,
        question: text.question,
        answer: text.answer,
        timesAsked: r.int(1, 6),
        lastAskedAt: instantOf(now - r.int(1, 300) * DAY_MS),
      });
    }
  }
}
