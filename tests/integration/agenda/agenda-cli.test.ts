import { describe, expect, it } from 'vitest';
import { openStore } from '../../../db/connection.ts';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { cliOnFreshDatabase } from '../../helpers/cli-on-fresh-database.ts';

describe('askafter agenda', () => {
  const { run, file } = cliOnFreshDatabase('askafter-agenda-cli-');

  it('lists every client’s visits and contacts day by day on the given clock, and says what is wrong with bad input', async () => {
    await run('clients', 'add', 'Smith Dental');
    await run('clients', 'add', 'The Patels', '--kind', 'household');
    const store = await openStore({ file: file() });
    const call = createDispatcher(store);
    // 23:30 on Sunday 29 November in New York: Monday in UTC.
    expect(call('visits:create', { clientId: 2, startsAt: '2026-11-30T04:30:00Z', purpose: 'Router' }).ok).toBe(true);
    store.close();
    await run('log-contact', '--client', '1', '--at', '2026-11-29T15:00:00Z', 'Printer', 'jams');

    const listed = await run('agenda', '--from', '2026-11-28', '--days', '3', '--tz', 'America/New_York', '--locale', 'en-GB');
    expect(listed).toMatchObject({ code: 0 });
    expect(listed.out.split('\n')).toEqual(['Sat 28 Nov: nothing', 'Sun 29 Nov', '  10:00  phone call with Smith Dental: Printer jams', '  23:30  visit to The Patels: Router', 'Mon 30 Nov: nothing']);
    const json = JSON.parse((await run('agenda', '--from', '2026-11-29', '--days', '1', '--tz', 'America/New_York', '--json')).out);
    expect(json.days[0].visits).toEqual([expect.objectContaining({ clientName: 'The Patels', purpose: 'Router' })]);

    expect(await run('agenda', '--days', 'many')).toMatchObject({ code: 2, err: expect.stringMatching(/^--days takes a whole number of days/) });
    expect(await run('agenda', '--days', '90')).toMatchObject({ code: 1, err: expect.stringMatching(/number of days/) });
    expect(await run('agenda', '--tz', 'Mars/Olympus')).toMatchObject({ code: 1, err: expect.stringMatching(/Unknown time zone/) });
  });
});
