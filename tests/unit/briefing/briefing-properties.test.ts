import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { lifeEventType } from '../../../src/catalogue/life-events.ts';
import { PERSON_SECTIONS } from '../../../src/briefing/briefing.ts';
import type { Briefing } from '../../../src/briefing/briefing.ts';
import { buildBriefing } from '../../../src/briefing/engine.ts';
import { HURTFUL_SECTIONS, ITEM_KINDS, byPriority, highlightRank } from '../../../src/briefing/items.ts';
import type { Item } from '../../../src/briefing/items.ts';
import { localDateOf } from '../../../src/dates/time-zone.ts';
import { world } from './arbitraries.ts';
import type { World } from './arbitraries.ts';

const brief = ({ snapshot, now, timeZone }: World): Briefing => buildBriefing(snapshot, { now, timeZone });

/** Every item of every person and of the client, shown or behind "more", with its section. */
function allItems(b: Briefing): Array<{ section: string; item: Item }> {
  return [...b.people.flatMap((p) => p.sections), ...b.client.sections].flatMap((s) => [...s.items, ...s.more].map((item) => ({ section: s.key, item })));
}

const RUNS = { numRuns: 300 };

describe('briefing properties over generated households', () => {
  it('someone who has died is never listed, never asked after, never greeted: only named in don’t-ask items', () => {
    fc.assert(
      fc.property(world(), (w) => {
        const b = brief(w);
        const deceased = new Set(w.snapshot.people.filter((p) => p.diedOn !== null).map((p) => p.id));
        expect(b.people.filter((p) => deceased.has(p.personId))).toEqual([]);
        for (const { section, item } of allItems(b)) {
          if (section === 'dontAsk') continue;
          expect(item.about.filter((a) => a.type === 'person' && deceased.has(a.id))).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('an acknowledged celebration or neutral event is never asked about again', () => {
    fc.assert(
      fc.property(world(), (w) => {
        const acknowledged = new Set(
          w.snapshot.lifeEvents
            .filter((e) => e.acknowledgements.length > 0 && ['celebration', 'neutral'].includes(e.toneOverride ?? lifeEventType(e.typeKey).tone))
            .map((e) => e.id),
        );
        for (const { section, item } of allItems(brief(w))) {
          if (section !== 'askAbout') continue;
          expect(item.about.filter((a) => a.type === 'event' && acknowledged.has(a.id))).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('an ended partnership is never shown as current', () => {
    fc.assert(
      fc.property(world(), (w) => {
        const b = brief(w);
        for (const r of w.snapshot.relationships) {
          if ((r.kind !== 'partner' && r.kind !== 'spouse') || r.until === null || r.until > b.day) continue;
          for (const [personId, exId] of [[r.aId, r.bId], [r.bId, r.aId]] as const) {
            const p = b.people.find((x) => x.personId === personId);
            if (p === undefined) continue;
            expect(p.circle.filter((m) => m.personId === exId && m.status === 'current')).toEqual([]);
            for (const s of p.sections) {
              if (s.key !== 'askAbout') continue;
              expect([...s.items, ...s.more].filter((i) => i.about.some((a) => a.type === 'person' && a.id === exId))).toEqual([]);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('the same input always gives the same output', () => {
    fc.assert(
      fc.property(world(), (w) => {
        expect(brief({ ...w, snapshot: structuredClone(w.snapshot) })).toEqual(brief(w));
      }),
      { numRuns: 150 },
    );
  });

  it('reads hurtful first: sections in order, don’t-ask and care hold only hurtful kinds, highlights never go back up', () => {
    fc.assert(
      fc.property(world(), (w) => {
        const b = brief(w);
        for (const p of b.people) {
          expect(p.sections.map((s) => s.key)).toEqual([...PERSON_SECTIONS]);
          for (const s of p.sections) {
            for (const i of [...s.items, ...s.more]) expect(ITEM_KINDS[i.kind]).toBe(s.key);
            expect(s.items.length).toBeLessThanOrEqual(3);
            if (s.more.length > 0) expect(s.items).toHaveLength(3);
            const all = [...s.items, ...s.more];
            expect([...all].sort(byPriority)).toEqual(all);
          }
        }
        const ranks = b.highlights.map((i) => highlightRank(i.kind) ?? Infinity);
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        const firstHurtless = b.highlights.findIndex((i) => !HURTFUL_SECTIONS.includes(ITEM_KINDS[i.kind]));
        if (firstHurtless >= 0) expect(b.highlights.slice(firstHurtless).filter((i) => HURTFUL_SECTIONS.includes(ITEM_KINDS[i.kind]))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never invents a day for a date known only by its month or year', () => {
    const dayLike = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b\d+ (days|weeks)\b|\b(today|tomorrow|yesterday)\b/;
    fc.assert(
      fc.property(world({ imprecise: true }), (w) => {
        for (const p of brief(w).people) {
          for (const s of p.sections) for (const i of [...s.items, ...s.more]) expect(`${i.text} ${i.reason}`).not.toMatch(dayLike);
        }
      }),
      RUNS,
    );
  });

  it('judges windows on the visit day in the user’s time zone', () => {
    fc.assert(
      fc.property(world(), (w) => {
        expect(brief(w).day).toBe(localDateOf(w.snapshot.visit.startsAt, w.timeZone));
      }),
      { numRuns: 100 },
    );
  });
});
