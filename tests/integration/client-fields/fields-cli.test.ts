import { describe, expect, it } from 'vitest';
import { cliOnFreshDatabase } from '../../helpers/cli-on-fresh-database.ts';

describe('askafter fields, set-field and remove-field', () => {
  const { run } = cliOnFreshDatabase('askafter-fields-cli-');

  it('keeps words and renewal dates for a client found by id or name, changes a field by its label, and lists them in order', async () => {
    expect((await run('clients', 'add', 'Smith Dental')).code).toBe(0);
    expect((await run('fields', 'smith dental')).out).toMatch(/^No fields kept for Smith Dental yet/);
    expect((await run('set-field', '1', 'ISP', 'Zen')).code).toBe(0);
    await run('set-field', 'Smith Dental', 'Router', 'DrayTek', 'Vigor', '2865');
    await run('set-field', '1', 'Microsoft 365 renewal', '--date', '2027-03-01', '--remind', '30');
    // The same label changes the field; a new date keeps its reminder.
    await run('set-field', '1', 'isp', 'Zen Internet');
    const listed = await run('set-field', '1', 'Microsoft 365 renewal', '--date', '2028-03-01');
    expect(listed.code).toBe(0);
    expect(listed.out.split('\n').map((l) => l.split(/\s{2,}/))).toEqual([
      ['FIELD', 'VALUE', 'REMINDER'],
      ['isp', 'Zen Internet'],
      ['Router', 'DrayTek Vigor 2865'],
      ['Microsoft 365 renewal', '2028-03-01', '30 days before'],
    ]);
    expect(JSON.parse((await run('fields', '1', '--json')).out)).toMatchObject([{ kind: 'text' }, { kind: 'text' }, { kind: 'date', remindDaysBefore: 30 }]);
    expect((await run('remove-field', '1', 'Router')).out).not.toMatch(/DrayTek/);
  });

  it('puts a renewal whose reminder has begun on the dashboard', async () => {
    await run('clients', 'add', 'Smith Dental');
    await run('set-field', '1', 'Microsoft 365 renewal', '--date', '2027-03-01', '--remind', '30');
    const dashboard = await run('dashboard', '--now', '2027-02-20T09:00:00Z', '--tz', 'Europe/London', '--locale', 'en-GB');
    expect(dashboard.out).toMatch(/Renewals:\n.*Smith Dental: Microsoft 365 renewal in 9 days\. \(due 1 Mar; reminder from 30 days before\)/);
  });

  it('says what is wrong, in words, and saves nothing', async () => {
    await run('clients', 'add', 'Smith Dental');
    expect(await run('set-field', '1', 'Licence', '--date', '2027-02-31')).toMatchObject({ code: 1, err: 'Nothing was saved. 31 February 2027 is not a day on the calendar (February 2027 has 28 days); check the date.' });
    expect(await run('set-field', '1', 'Licence', '--date', '2027-03-01', '--remind=-3')).toMatchObject({ code: 1, err: expect.stringMatching(/cannot be a negative number of days/) });
    expect(await run('set-field', '1', 'Licence', '--date', '2027-03-01', '--remind', 'soon')).toMatchObject({ code: 2, err: expect.stringMatching(/^--remind takes a number of days/) });
    expect(await run('set-field', '1', 'ISP', 'Zen', '--remind', '30')).toMatchObject({ code: 2, err: expect.stringMatching(/^Only a date can have a reminder/) });
    expect(await run('set-field', '1', '  ', 'Zen')).toMatchObject({ code: 1, err: expect.stringMatching(/Give the field a label/) });
    expect(await run('fields', 'Jones Bakery')).toMatchObject({ code: 2, err: expect.stringMatching(/^There is no client called "Jones Bakery"/) });
    expect(await run('remove-field', '1', 'Router')).toMatchObject({ code: 2, err: expect.stringMatching(/^Smith Dental has no field called "Router"/) });
    expect((await run('fields', '1')).out).toMatch(/^No fields kept/);
  });
});
