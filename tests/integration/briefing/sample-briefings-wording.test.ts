import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingStatements } from '../../../db/briefing/statements.ts';
import { gatherVisit } from '../../../db/briefing/gather-visit.ts';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { SAMPLE_SIZES } from '../../../db/sample/sizes.ts';
import { buildBriefing } from '../../../src/briefing/engine.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { wordingProblems } from '../../helpers/told-once.ts';

/** Every briefing the sample data can produce, read as the consultant would on the morning of the demo. */
const NOW = new Date('2026-12-02T08:00:00Z');

describe('every briefing in the sample says each thing once, in plain words', () => {
  let store: TempStore;
  beforeAll(async () => {
    store = await tempStore();
    generateSampleData(store.sqlite, SAMPLE_SIZES.sample, NOW);
  });
  afterAll(() => store.dispose());

  it('planned and past visits alike', () => {
    const statements = briefingStatements(store.db);
    const visits = store.sqlite.prepare('select id from visits order by id').all() as { id: number }[];
    expect(visits.length).toBeGreaterThan(100);
    const problems = visits.flatMap(({ id }) => {
      const snapshot = gatherVisit(statements, id);
      return wordingProblems(buildBriefing(snapshot, { now: NOW, timeZone: 'Europe/London' }), snapshot.people).map((p) => `visit ${id}: ${p}`);
    });
    expect(problems).toEqual([]);
  });
});
