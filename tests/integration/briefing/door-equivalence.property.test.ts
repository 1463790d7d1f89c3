import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { peopleNamed } from '../../../renderer/quick-add/named-people.ts';
import { parseSpokenEvent } from '../../../renderer/quick-add/spoken-event.ts';
import type { Item } from '../../../src/briefing/items.ts';
import type { Briefing, Dashboard } from '../../../src/contract/schemas/briefing.ts';
import type { Person, RelativeView, Role } from '../../../src/contract/schemas/people.ts';
import { addDays } from '../../../src/dates/calendar-date.ts';
import { fixedClock, tempStore } from '../../helpers/temp-store.ts';

/**
 * Door equivalence (issue 9): generated households, and random sequences of facts (a death, a
 * separation, someone leaving) each entered through a random door (a death also on a duplicate
 * record merged in afterwards), against a real database
 * through the handler table. The briefing and dashboard never ask after, greet, ring or expect
 * someone who has died or left, never show an ended partnership as current, and say the same
 * as when every fact came in through the canonical door (Mark as deceased, End relationship,
 * End role).
 */

const NOW = '2026-11-25T08:00:00.000Z';
const TODAY = '2026-11-25';
const TZ = 'Europe/London';
const NAMES = ['Sue', 'Tom', 'Lily'] as const;
type Who = 0 | 1 | 2;

type DeathDoor = 'mark-deceased' | 'event-form' | 'quick-add' | 'import' | 'merge';
type SeparationDoor = 'relationship-end' | 'event-form' | 'quick-add';
type LeavingDoor = 'role-end' | 'event-form';

type Fact =
  | { kind: 'death'; who: Who; daysAgo: number; door: DeathDoor }
  | { kind: 'separation'; daysAgo: number; door: SeparationDoor }
  | { kind: 'leaving'; who: 0 | 1; daysAgo: number; door: LeavingDoor };

interface Household {
  /** Birthdays as days from today (near the visit, so greetings are in play). */
  birthdays: [number, number, number];
  /** Good news about each person, days ago. */
  news: Array<{ who: Who; daysAgo: number }>;
  followUpTo: Who | null;
  facts: Fact[];
}

const household: fc.Arbitrary<Household> = fc.record({
  birthdays: fc.tuple(fc.integer({ min: -5, max: 8 }), fc.integer({ min: -5, max: 8 }), fc.integer({ min: -5, max: 8 })),
  news: fc.array(fc.record({ who: fc.constantFrom<Who>(0, 1, 2), daysAgo: fc.integer({ min: 1, max: 40 }) }), { maxLength: 3 }),
  followUpTo: fc.option(fc.constantFrom<Who>(0, 1, 2), { nil: null }),
  facts: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('death' as const), who: fc.constantFrom<Who>(0, 1, 2), daysAgo: fc.integer({ min: 2, max: 300 }), door: fc.constantFrom<DeathDoor>('mark-deceased', 'event-form', 'quick-add', 'import', 'merge') }),
      fc.record({ kind: fc.constant('separation' as const), daysAgo: fc.integer({ min: 2, max: 300 }), door: fc.constantFrom<SeparationDoor>('relationship-end', 'event-form', 'quick-add') }),
      fc.record({ kind: fc.constant('leaving' as const), who: fc.constantFrom<0 | 1>(0, 1), daysAgo: fc.integer({ min: 2, max: 300 }), door: fc.constantFrom<LeavingDoor>('role-end', 'event-form') }),
    ),
    { maxLength: 4 },
  ),
});

const canonical = (f: Fact): Fact =>
  f.kind === 'death' ? { ...f, door: 'mark-deceased' } : f.kind === 'separation' ? { ...f, door: 'relationship-end' } : { ...f, door: 'role-end' };

/** Keeps only facts that can still happen: one death per person, no separation after a death of either partner, one leaving each. */
function possible(facts: readonly Fact[]): Fact[] {
  const dead = new Set<number>();
  let separated = false;
  const left = new Set<number>();
  return facts.filter((f) => {
    if (f.kind === 'death') {
      if (dead.has(f.who)) return false;
      dead.add(f.who);
      return true;
    }
    if (f.kind === 'separation') {
      if (separated || dead.has(0) || dead.has(1)) return false;
      separated = true;
      return true;
    }
    if (left.has(f.who) || dead.has(f.who)) return false;
    left.add(f.who);
    return true;
  });
}

const vcardDate = (date: string) => date.replaceAll('-', '');

interface Outcome {
  briefing: Briefing;
  dashboard: Dashboard;
  ids: number[];
}

async function enter(h: Household, facts: readonly Fact[]): Promise<Outcome> {
  const store = await tempStore();
  try {
    const dispatch = createDispatcher(store, fixedClock(NOW));
    const call = <T,>(channel: string, input: unknown): T => {
      const result = dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    const client = call<{ id: number }>('clients:create', { name: 'Reed Joinery', kind: 'business', rhythmDays: 28 }).id;
    const birthday = (i: number) => {
      const [, m, d] = addDays(TODAY, h.birthdays[i] ?? 0).split('-').map(Number) as [number, number, number];
      return { month: m, day: d, year: 1960 + i };
    };
    const sue = call<Person>('people:create', { givenName: 'Sue', familyName: 'Reed', clientId: client, role: 'owner', birthday: birthday(0), interests: 'fishing' }).id;
    const tom = call<Person>('people:create', { givenName: 'Tom', familyName: 'Reed', clientId: client, role: 'manager', birthday: birthday(1) }).id;
    const lily = call<RelativeView>('people:addRelative', { personId: sue, relativeIs: 'grandchild', relative: { givenName: 'Lily', familyName: 'Reed', birthday: birthday(2) } }).other.id;
    const partnership = call<{ id: number }>('relationships:create', { personAId: sue, personBId: tom, kind: 'spouse', since: '1990-06-01', until: null, notes: null }).id;
    const ids = [sue, tom, lily];
    const id = (w: number) => ids[w]!;
    for (const n of h.news) call('events:create', { typeKey: 'award', title: `${NAMES[n.who]} won an award`, date: addDays(TODAY, -n.daysAgo), personIds: [id(n.who)] });
    if (h.followUpTo !== null) call('followUps:create', { clientId: client, personId: id(h.followUpTo), dueAt: '2026-11-26T18:00:00Z', kind: 'call', context: 'about the laptop' });
    const visit = call<{ id: number }>('visits:create', { clientId: client, startsAt: '2026-11-27T10:00:00Z', purpose: 'Check-up' }).id;

    for (const f of facts) {
      const date = addDays(TODAY, -f.daysAgo);
      if (f.kind === 'death') {
        const name = NAMES[f.who];
        const person = id(f.who);
        if (f.door === 'mark-deceased') call('people:markDeceased', { id: person, diedOn: date });
        else if (f.door === 'event-form') call('events:create', { typeKey: 'death', title: `Death of ${name} Reed`, date, personIds: [person], subjectId: person });
        else if (f.door === 'quick-add') {
          // The visit log's quick-add: the text is read, names matched, then saved as shown.
          const text = `${name} passed away`;
          const spoken = parseSpokenEvent(text, new Date(NOW));
          const everyone = call<Person[]>('people:list', { includeDeceased: false });
          const named = peopleNamed(text, everyone);
          call('events:create', { typeKey: spoken.typeKey, title: spoken.title, date, precision: 'day', personIds: named, subjectId: named.length === 1 ? named[0] : null });
        } else if (f.door === 'merge') {
          // The death was recorded on a second record of them, which is then merged into the first.
          const twin = call<Person>('people:create', { givenName: name, familyName: 'Reed' }).id;
          call('people:markDeceased', { id: twin, diedOn: date });
          call('people:merge', { keepId: person, mergeId: twin });
        } else {
          const card = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${name} Reed`, `N:Reed;${name};;;`, `DEATHDATE:${vcardDate(date)}`, 'END:VCARD', ''].join('\r\n');
          call('import:apply', { format: 'vcard', text: card });
        }
      } else if (f.kind === 'separation') {
        if (f.door === 'relationship-end') call('relationships:end', { id: partnership, until: date });
        else {
          const title = f.door === 'quick-add' ? parseSpokenEvent('Sue and Tom split up', new Date(NOW)).title : 'Sue and Tom separated';
          call('events:create', { typeKey: 'separation', title, date, personIds: [sue, tom] });
        }
      } else {
        const person = id(f.who);
        if (f.door === 'role-end') {
          for (const r of call<Role[]>('roles:listForPerson', { personId: person })) if (r.until === null) call('roles:end', { id: r.id, until: date });
        } else call('events:create', { typeKey: 'retirement', title: `${NAMES[f.who]} retired`, date, personIds: [person] });
      }
    }
    return { briefing: call<Briefing>('briefing:forVisit', { id: visit, timeZone: TZ }), dashboard: call<Dashboard>('dashboard:get', { timeZone: TZ }), ids };
  } finally {
    store.dispose();
  }
}

const itemsOf = (b: Briefing): Item[] => [...b.people.flatMap((p) => p.sections.flatMap((s) => [...s.items, ...s.more])), ...b.client.sections.flatMap((s) => [...s.items, ...s.more])];

/**
 * What the briefing and dashboard tell you to do, without record ids or free-text detail. A
 * retirement typed as news is also news to ask about ("Ask Sue about Tom: the retirement"),
 * which ending the role on its own cannot say; that one line is left out of the comparison.
 */
function said(o: Outcome) {
  const line = (i: Item) => `${i.kind}: ${i.text}`;
  const kept = (items: readonly Item[]) => items.filter((i) => !/the retirement/.test(i.text)).map(line);
  return {
    attendees: o.briefing.people.map((p) => [p.personId, p.circle.map((m) => `${m.name}:${m.relation}:${m.status}`)]),
    people: o.briefing.people.map((p) => p.sections.map((s) => [s.key, kept([...s.items, ...s.more])])),
    client: o.briefing.client.sections.filter((s) => s.key !== 'lastVisit').map((s) => [s.key, kept([...s.items, ...s.more])]),
    followUps: o.dashboard.followUps.map((i) => i.text),
    dates: o.dashboard.dates.map((i) => i.text),
    mindful: o.dashboard.mindful.map((i) => i.text),
  };
}

function neverContradicts(o: Outcome, facts: readonly Fact[]) {
  const texts = [...itemsOf(o.briefing), ...o.dashboard.followUps, ...o.dashboard.dates].map((i) => i.text);
  const attendees = o.briefing.people.map((p) => p.personId);
  for (const f of facts) {
    if (f.kind === 'death') {
      const name = NAMES[f.who];
      expect(attendees).not.toContain(o.ids[f.who]);
      for (const t of texts) expect(t).not.toMatch(new RegExp(`^(Ask|Wish|Ring|E-mail|Call|Check in with) ${name}\\b|how ${name} is doing|^${name} is grieving|Birthday of ${name}\\b`));
      for (const p of o.briefing.people) expect(p.circle.filter((m) => m.personId === o.ids[f.who]).map((m) => m.status)).not.toContain('current');
    } else if (f.kind === 'separation') {
      for (const p of o.briefing.people) expect(p.circle.filter((m) => m.relation === 'spouse').map((m) => m.status)).not.toContain('current');
    } else {
      expect(attendees).not.toContain(o.ids[f.who]);
      for (const t of texts) expect(t).not.toMatch(new RegExp(`^(Ring|E-mail|Check in with) ${NAMES[f.who]}\\b`));
    }
  }
}

describe('door equivalence over a real database', () => {
  it('whichever door a fact came in by, the briefing never contradicts it and says the same', async () => {
    await fc.assert(
      fc.asyncProperty(household, async (h) => {
        const facts = possible(h.facts);
        const viaDoors = await enter(h, facts);
        neverContradicts(viaDoors, facts);
        if (facts.every((f) => canonical(f).door === f.door)) return;
        const viaCanonical = await enter(h, facts.map(canonical));
        expect(said(viaDoors)).toEqual(said(viaCanonical));
        // The retirement's own news may take a highlight slot; the rest come in the same order.
        const highlights = (o: Outcome) => o.briefing.highlights.filter((i) => !/the retirement/.test(i.text)).map((i) => `${i.kind}: ${i.text}`);
        const shown = highlights(viaDoors);
        expect(shown).toEqual(highlights(viaCanonical).slice(0, shown.length));
      }),
      {
        numRuns: 25,
        endOnFailure: true,
        // Every door at least once, whatever the seed.
        examples: [
          // Found by CI (seed -784300929): a death long ago, recorded on a duplicate that is then merged, next to someone leaving.
          [{ birthdays: [-4, -3, -5], news: [{ who: 0, daysAgo: 29 }], followUpTo: 0, facts: [{ kind: 'death', who: 2, daysAgo: 271, door: 'merge' }, { kind: 'leaving', who: 0, daysAgo: 83, door: 'event-form' }] }],
          [{ birthdays: [3, 3, 3], news: [{ who: 2, daysAgo: 32 }], followUpTo: 1, facts: [{ kind: 'separation', daysAgo: 213, door: 'event-form' }, { kind: 'death', who: 0, daysAgo: 96, door: 'merge' }] }],
          [{ birthdays: [1, 2, 3], news: [{ who: 1, daysAgo: 5 }], followUpTo: 1, facts: [{ kind: 'death', who: 1, daysAgo: 10, door: 'import' }] }],
          [{ birthdays: [1, 2, 3], news: [], followUpTo: 1, facts: [{ kind: 'death', who: 1, daysAgo: 20, door: 'quick-add' }] }],
          [{ birthdays: [0, 1, 2], news: [{ who: 2, daysAgo: 3 }], followUpTo: 2, facts: [{ kind: 'death', who: 2, daysAgo: 40, door: 'event-form' }] }],
          [{ birthdays: [4, 4, 4], news: [], followUpTo: 0, facts: [{ kind: 'separation', daysAgo: 30, door: 'quick-add' }] }],
          [{ birthdays: [4, 4, 4], news: [], followUpTo: 0, facts: [{ kind: 'separation', daysAgo: 30, door: 'event-form' }] }],
          [{ birthdays: [4, 4, 4], news: [], followUpTo: 1, facts: [{ kind: 'leaving', who: 1, daysAgo: 30, door: 'event-form' }] }],
          [{ birthdays: [0, 0, -3], news: [{ who: 1, daysAgo: 31 }, { who: 0, daysAgo: 20 }, { who: 1, daysAgo: 14 }], followUpTo: null, facts: [{ kind: 'leaving', who: 0, daysAgo: 8, door: 'event-form' }] }],
        ],
      },
    );
  }, 600_000);
});
