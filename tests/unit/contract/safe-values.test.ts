import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/contract/channels.ts';
import { invalidInput } from '../../../src/contract/validation.ts';

const reject = (channel: keyof typeof contract, input: unknown) => {
  const parsed = contract[channel].input.safeParse(input);
  if (parsed.success) throw new Error(`expected ${channel} to reject ${JSON.stringify(input)}`);
  return invalidInput(parsed.error).message;
};
const accepts = (channel: keyof typeof contract, input: unknown) => contract[channel].input.safeParse(input).success;

describe('text the contract refuses', () => {
  it.each([
    ['a NUL byte', 'Smith\u0000Dental'],
    ['a lone high surrogate', 'Smith \ud83d Dental'],
    ['a lone low surrogate', '\ude00Smith Dental'],
    ['an ANSI escape sequence', '\u001b[2J\u001b[31mSmith Dental'],
    ['a C1 control', 'Smith\u009bDental'],
  ])('refuses a name with %s, saying why', (_what, name) => {
    expect(reject('clients:create', { name, kind: 'business' })).toBe('Nothing was saved. The name contains control characters or broken characters; type it again without them.');
  });

  it('refuses them in free text too, and keeps line breaks, tabs and whole emoji', () => {
    expect(reject('clients:create', { name: 'Smith Dental', notes: 'ring \u0007 twice' })).toMatch(/Notes contains control characters/);
    expect(accepts('clients:create', { name: 'Smith Dental 😀', notes: 'line one\nline two\ttabbed' })).toBe(true);
  });
});

describe('dates the contract refuses', () => {
  const followUp = (dueAt: string) => ({ clientId: 1, dueAt, kind: 'call' });

  it('bounds instants to the years 1900–2200', () => {
    expect(reject('followUps:create', followUp('9999-12-31T23:59:59Z'))).toBe('Nothing was saved. Use a date and time between the years 1900 and 2200.');
    expect(reject('followUps:create', followUp('1899-12-31T23:59:59Z'))).toMatch(/between the years 1900 and 2200/);
    expect(reject('briefing:next', { now: '9999-12-31T23:59:59Z' })).toMatch(/between the years 1900 and 2200/);
    expect(accepts('followUps:create', followUp('2200-12-31T23:59:59Z'))).toBe(true);
    expect(accepts('followUps:create', followUp('1900-01-01T00:00:00Z'))).toBe(true);
  });
});
