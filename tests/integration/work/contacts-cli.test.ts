import { describe, expect, it } from 'vitest';
import { cliOnFreshDatabase } from '../../helpers/cli-on-fresh-database.ts';

describe('askafter log-contact and contacts', () => {
  const { run } = cliOnFreshDatabase('askafter-contacts-cli-');

  it('logs a call with a promise kept as a follow-up, and lists it', async () => {
    expect((await run('clients', 'add', 'Smith Dental')).code).toBe(0);
    const logged = await run('log-contact', '--client', '1', '--at', '2026-11-20T15:00:00Z', '--promised', 'Send a quote', '--follow-up', '2026-11-27T09:00:00Z', 'Printer', 'jams', 'again');
    expect(logged).toMatchObject({ code: 0, out: 'Logged phone call 1 with Smith Dental: Printer jams again\nFollow-up 1 due 2026-11-27T09:00:00Z for what you promised.' });
    const listed = await run('contacts', '--client', '1');
    expect(listed.out).toMatch(/^ID\s+WHEN \(UTC\)\s+KIND\s+WITH\s+ABOUT\n1\s+2026-11-20 15:00\s+call\s+Smith Dental\s+Printer jams again$/);
    expect(JSON.parse((await run('contacts', '--client', '1', '--json')).out)).toEqual([expect.objectContaining({ summary: 'Printer jams again', promised: 'Send a quote' })]);
  });

  it('says what is missing, in words', async () => {
    await run('clients', 'add', 'Smith Dental');
    expect(await run('log-contact', 'Printer')).toMatchObject({ code: 2, err: expect.stringMatching(/^Say which client it was with: --client ID/) });
    expect(await run('log-contact', '--client', '1', '--kind', 'fax', 'Printer')).toMatchObject({ code: 2, err: expect.stringMatching(/^The kind must be call, email, message or remote, not "fax"/) });
    expect(await run('log-contact', '--client', '1')).toMatchObject({ code: 1, err: 'Nothing was saved. Say what it was about (e.g. "Printer jams again").' });
    expect(await run('contacts')).toMatchObject({ code: 2, err: expect.stringMatching(/^Say whose contacts to list/) });
    expect((await run('contacts', '--client', '1')).out).toMatch(/^No calls, e-mails or messages logged yet/);
  });
});
