import { describe, expect, it } from 'vitest';
import { parseSpokenDate, parseSpokenInstant, wallClock } from '../../../renderer/dates/spoken.ts';
import { parseSpokenEvent } from '../../../renderer/quick-add/spoken-event.ts';
import { parseSpokenFollowUp } from '../../../renderer/quick-add/spoken-follow-up.ts';

// Thursday 16 July 2026, 10:00 on the user's clock.
const reference = new Date(2026, 6, 16, 10, 0);

describe('dates typed the way people talk', () => {
  it.each([
    ['last Tuesday', '2026-07-14', 'day'],
    ['yesterday', '2026-07-15', 'day'],
    ['3 weeks ago', '2026-06-25', 'day'],
    ['in March', '2026-03-01', 'month'],
    ['next month', '2026-08-01', 'month'],
    ['March 2025', '2025-03-01', 'month'],
    ['last year', '2025-01-01', 'year'],
    ['in 2019', '2019-01-01', 'year'],
  ])('"%s" is %s at %s precision, never an invented day', (text, date, precision) => {
    expect(parseSpokenDate(text, reference)).toMatchObject({ date, precision });
  });

  it('finds nothing when nothing was said about when', () => {
    expect(parseSpokenDate('new puppy called Biscuit', reference)).toBeNull();
  });

  it('reads news into a kind, a title and a date', () => {
    expect(parseSpokenEvent('grandchild born last Tuesday', reference)).toEqual({
      title: 'Grandchild born',
      typeKey: 'birth',
      when: expect.objectContaining({ date: '2026-07-14', precision: 'day' }),
      ongoing: false,
    });
    expect(parseSpokenEvent('hip operation in May, ongoing', reference)).toMatchObject({
      title: 'Hip operation',
      typeKey: 'surgery',
      when: { date: '2026-05-01', precision: 'month' },
      ongoing: true,
    });
    expect(parseSpokenEvent('her dog died in 2024', reference).typeKey).toBe('pet-death');
  });

  it('puts a spoken time on the user’s clock in their time zone', () => {
    const due = parseSpokenInstant('tomorrow 6pm', reference, 'Europe/London');
    expect(due).toMatchObject({ instant: '2026-07-17T17:00:00.000Z', timeSaid: true });
    expect(parseSpokenInstant('tomorrow', reference, 'Asia/Tokyo')).toMatchObject({ instant: '2026-07-17T01:00:00.000Z', timeSaid: false });
  });

  it('reads a follow-up into kind, due time and context', () => {
    expect(parseSpokenFollowUp('call tomorrow 6pm to check the new router', reference, 'Europe/London')).toMatchObject({
      kind: 'call',
      due: { instant: '2026-07-17T17:00:00.000Z' },
      context: 'Check the new router',
    });
    expect(parseSpokenFollowUp('email on Monday about the invoice', reference, 'Europe/London')).toMatchObject({
      kind: 'email',
      due: { instant: '2026-07-20T09:00:00.000Z' },
      context: 'The invoice',
    });
  });

  it('takes the user’s wall clock from their zone, not the machine’s', () => {
    const clock = wallClock(new Date('2026-07-16T23:30:00Z'), 'Asia/Tokyo');
    expect([clock.getFullYear(), clock.getMonth() + 1, clock.getDate(), clock.getHours(), clock.getMinutes()]).toEqual([2026, 7, 17, 8, 30]);
  });
});
