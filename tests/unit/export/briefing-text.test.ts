import { dateFormat } from '../../../src/dates/date-format.ts';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/briefing/briefing.ts';
import type { Item, ItemKind } from '../../../src/briefing/items.ts';
import { briefingText } from '../../../src/export/briefing-text.ts';

const item = (kind: ItemKind, text: string, reason: string, detail: string | null = null): Item => ({ kind, text, reason, about: [], priority: 50, detail });

const briefing: Briefing = {
  visitId: 7,
  clientId: 1,
  startsAt: '2026-11-26T09:30:00.000Z',
  day: '2026-11-26',
  today: '2026-11-25',
  people: [
    {
      personId: 1,
      name: 'Sue Baker',
      role: 'owner',
      listedBecause: 'expected at this visit',
      circle: [],
      sections: [
        { key: 'dontAsk', items: [item('recent-death', "Sue's husband Bob died. Don't ask after him.", 'died 4 weeks ago')], more: [] },
        { key: 'handleWithCare', items: [], more: [] },
        { key: 'askAbout', items: [item('celebration', 'Ask Sue about Lily: the new baby.', 'born 3 weeks ago', 'Lily born —\n7 lb 2 oz')], more: [item('trip', 'Ask about the trip.', 'back last Tuesday')] },
        { key: 'smallTalk', items: [], more: [] },
      ],
    },
  ],
  client: {
    clientId: 1,
    name: 'Smith Dental',
    sections: [{ key: 'followUps', items: [item('follow-up', 'You said you would check the backup drive.', 'promised on 2 Nov')], more: [] }],
  },
  highlights: [],
};

const gb = dateFormat({ locale: 'en-GB', timeZone: 'Europe/London' });

describe('a briefing as calendar text', () => {
  it('reads in the briefing\'s order, every item with its reason, the "more" ones too', () => {
    expect(briefingText(briefing, gb)).toBe(
      [
        'Briefing as of 25 Nov 2026 ("3 weeks ago", "in 4 days" count from then).',
        '',
        'Sue Baker (owner, expected at this visit)',
        "Don't ask:",
        "- Sue's husband Bob died. Don't ask after him. (died 4 weeks ago)",
        'Ask about:',
        '- Ask Sue about Lily: the new baby. (born 3 weeks ago)',
        '  Lily born — 7 lb 2 oz',
        '- Ask about the trip. (back last Tuesday)',
        '',
        'Smith Dental',
        'Promises and open work:',
        '- You said you would check the backup drive. (promised on 2 Nov)',
      ].join('\n'),
    );
  });

  it('names a person with nothing to say, and leaves out a client with nothing to say', () => {
    const quiet: Briefing = { ...briefing, people: [{ ...briefing.people[0]!, role: null, sections: [] }], client: { ...briefing.client, sections: [] } };
    expect(briefingText(quiet, gb)).toBe('Briefing as of 25 Nov 2026 ("3 weeks ago", "in 4 days" count from then).\n\nSue Baker (expected at this visit)');
  });
});
