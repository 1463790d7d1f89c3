import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, fromDate } from '../../../src/dates/calendar-date.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { repos } from './fixtures.ts';

describe('marking a person as deceased', () => {
  let store: TempStore;
  let r: ReturnType<typeof repos>;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    store = await tempStore();
    r = repos(store, clock);
  });
  afterEach(() => store.dispose());

  /** Frank's family: wife Sue, ex-partner Jo, mother May, son Tom, granddaughter Lily, sister Ann, friend Bob, colleague Cy. */
  function franksFamily() {
    const frank = r.person('Frank', 'Baker', { birthday: { month: 3, day: 4, year: 1950 } });
    const family = {
      sue: r.person('Sue', 'Baker'),
      jo: r.person('Jo', 'Hart'),
      may: r.person('May', 'Baker'),
      tom: r.person('Tom', 'Baker'),
      lily: r.person('Lily'),
      ann: r.person('Ann', 'Smith'),
      bob: r.person('Bob', 'Jones'),
      cy: r.person('Cy', 'Green'),
    };
    r.relate(frank.id, 'spouse', family.sue.id);
    r.relate(family.jo.id, 'partner', frank.id, '1979-01-01');
    r.relate(family.may.id, 'parent', frank.id);
    r.relate(frank.id, 'parent', family.tom.id);
    r.relate(frank.id, 'grandparent', family.lily.id);
    r.relate(family.ann.id, 'sibling', frank.id);
    r.relate(frank.id, 'friend', family.bob.id);
    r.relate(family.cy.id, 'colleague', frank.id);
    return { frank, ...family };
  }

  it('records the date and a death event about them and their close family, not friends or colleagues', () => {
    const { frank, sue, jo, may, tom, lily, ann } = franksFamily();
    const marked = r.people.markDeceased({ id: frank.id, diedOn: '2026-11-01', createEvent: true, notes: 'Peacefully, at home.' });
    expect(marked.diedOn).toBe('2026-11-01');

    const [death, ...others] = r.events.list({ personId: sue.id });
    expect(others).toEqual([]);
    expect(death).toMatchObject({ typeKey: 'death', title: 'Death of Frank Baker', date: '2026-11-01', precision: 'day', tone: 'grief', clientId: null, notes: 'Peacefully, at home.' });
    expect(death?.personIds.toSorted((a, b) => a - b)).toEqual([frank.id, sue.id, jo.id, may.id, tom.id, lily.id, ann.id].toSorted((a, b) => a - b));
  });

  it('records only the date when no event is wanted, keeping the notes on the person', () => {
    const { frank } = franksFamily();
    const marked = r.people.markDeceased({ id: frank.id, diedOn: '2026-11-01', createEvent: false, notes: 'Funeral on the 20th.' });
    expect(marked).toMatchObject({ diedOn: '2026-11-01', notes: 'Funeral on the 20th.' });
    expect(countRows(store, 'life_events')).toBe(0);
  });

  it('corrects the date of the death event instead of adding a second one', () => {
    const { frank } = franksFamily();
    r.people.markDeceased({ id: frank.id, diedOn: '2026-11-01', createEvent: true, notes: null });
    r.people.markDeceased({ id: frank.id, diedOn: '2026-10-31', createEvent: true, notes: null });
    expect(r.events.list({ personId: frank.id })).toMatchObject([{ title: 'Death of Frank Baker', date: '2026-10-31' }]);
  });

  it('refuses a date of death in the future or before their birth, changing nothing', () => {
    const { frank } = franksFamily();
    // "Today" is the laptop's calendar day at the clock's instant.
    const today = fromDate(clock());
    const tomorrow = addDays(today, 1);
    expect(() => r.people.markDeceased({ id: frank.id, diedOn: tomorrow, createEvent: true, notes: null })).toThrow(`The date of death (${tomorrow}) is in the future. Check the date for Frank Baker and try again.`);
    expect(() => r.people.markDeceased({ id: frank.id, diedOn: '1950-03-03', createEvent: true, notes: null })).toThrow(/before Frank Baker was born \(1950-03-04\)/);
    expect(r.people.get(frank.id).diedOn).toBeNull();
    expect(r.people.markDeceased({ id: frank.id, diedOn: today, createEvent: false, notes: null }).diedOn).toBe(today);
    expect(countRows(store, 'life_events')).toBe(0);
  });
});
