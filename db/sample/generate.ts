import type Database from 'better-sqlite3';
import type { DemoCounts } from '../../src/contract/schemas/demo.ts';
import { AppFailure } from '../../src/contract/result.ts';
import { writeCircles } from './circles.ts';
import { writeEvents } from './events.ts';
import { seededRandom } from './random.ts';
import type { SampleSize } from './sizes.ts';
import { writeVisits } from './visits.ts';
import { writeIncidentsAndKnowHow } from './work.ts';
import { indexSearchInBulk } from './search-fill.ts';
import { sampleWriter } from './writer.ts';
import { writeTags } from './tags.ts';
import { writeClientFields } from './client-fields.ts';

const count = (sqlite: Database.Database, table: string): number => (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

/**
 * Fills an empty database with realistic, made-up clients, people and history, all in one
 * transaction (the search index filled once at the end, db/sample/search-fill.ts). Deterministic: the same size (and seed) and the same `now` give the same rows.
 * Refuses a database that already holds clients or people, so sample data never mixes with real data.
 */
export function generateSampleData(sqlite: Database.Database, size: SampleSize, now: Date): DemoCounts {
  return sqlite.transaction(() => {
    if (count(sqlite, 'clients') > 0 || count(sqlite, 'people') > 0) {
      throw new AppFailure(
        'conflict',
        'This database already has clients or people in it, so the sample data was not added (it would mix with yours). Open a new, empty database to try the sample data.',
      );
    }
    const indexSearch = indexSearchInBulk(sqlite);
    const ctx = { random: seededRandom(size.seed), write: sampleWriter(sqlite, now.toISOString()), now: now.getTime(), thisYear: now.getUTCFullYear() };
    const circles = writeCircles(ctx, size);
    const visits = writeVisits(ctx, circles.clients, size.visits);
    writeEvents(ctx, circles, visits, size.events);
    writeIncidentsAndKnowHow(ctx, circles.clients);
    ctx.write.finish();
    writeTags(sqlite, now.toISOString());
    writeClientFields(sqlite, now);
    indexSearch();
    return { clients: count(sqlite, 'clients'), people: count(sqlite, 'people'), events: count(sqlite, 'life_events'), visits: count(sqlite, 'visits') };
  })();
}
