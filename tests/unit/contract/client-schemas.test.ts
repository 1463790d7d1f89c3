import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/contract/channels.ts';
import { invalidInput } from '../../../src/contract/validation.ts';

const reject = (channel: keyof typeof contract, input: unknown) => {
  const parsed = contract[channel].input.safeParse(input);
  if (parsed.success) throw new Error(`expected ${channel} to reject ${JSON.stringify(input)}`);
  return invalidInput(parsed.error);
};

describe('client inputs', () => {
  it('asks for a name when it is blank', () => {
    const failure = reject('clients:create', { name: '   ', kind: 'business' });
    expect(failure.message).toBe('Nothing was saved. Give the client a name.');
    expect(failure.details).toEqual([{ path: 'name', message: 'Give the client a name.' }]);
  });

  it('says what is wrong in words, never as a field path, and keeps the path for the screen', () => {
    const failure = reject('people:create', { givenName: 'Sue', birthday: { day: 31, month: 2 } });
    expect(failure.message).toBe('Nothing was saved. There is no 31 February: check the day.');
    expect(failure.details).toEqual([{ path: 'birthday.day', message: 'There is no 31 February: check the day.' }]);
  });

  it('names the allowed kinds', () => {
    expect(reject('clients:create', { name: 'A', kind: 'shop' }).message).toMatch(/Kind must be "business" or "household"/);
  });

  it('refuses fields it does not know instead of silently dropping them', () => {
    expect(reject('clients:create', { name: 'A', colour: 'red' }).message).toMatch(/colour/);
  });

  it('refuses a rhythm that is not a sensible number of days', () => {
    expect(reject('clients:update', { id: 1, rhythmDays: 0 }).message).toMatch(/at least 1 day/);
    expect(reject('clients:update', { id: 1, rhythmDays: 2.5 }).message).toMatch(/whole number/);
  });

  it('defaults the kind to business and turns empty optional text into null', () => {
    expect(contract['clients:create'].input.parse({ name: 'A', notes: '  ' })).toMatchObject({ kind: 'business', notes: null });
  });
});
