import { describe, expect, it } from 'vitest';
import { cliOnFreshDatabase } from '../../helpers/cli-on-fresh-database.ts';

describe('askafter tags', () => {
  const { run } = cliOnFreshDatabase('askafter-tags-cli-');

  it('tags clients, lists the tags with counts and a rhythm, and lists the clients with a tag', async () => {
    await run('clients', 'add', 'Smith Dental');
    await run('clients', 'add', 'The Patels');
    expect(await run('tags')).toMatchObject({ code: 0, out: expect.stringMatching(/^No tags yet/) });
    expect(await run('tags', 'add', '--client', '1', 'on', 'retainer')).toMatchObject({ code: 0, out: 'Smith Dental: on retainer' });
    await run('tags', 'add', '--client', '2', 'Backup contract');
    expect(await run('tags', 'rhythm', 'ON RETAINER', '--weeks', '4')).toMatchObject({ code: 0, out: 'Clients tagged “on retainer” with no rhythm of their own are now due every 4 weeks.' });
    expect((await run('tags')).out).toBe(['ID  TAG              CLIENTS  PEOPLE  RHYTHM', '2   Backup contract  1        0', '1   on retainer      1        0       every 4 weeks'].join('\n'));
    expect((await run('clients', 'list', '--tag', 'backup contract')).out).toMatch(/^ID\s+NAME\s+KIND\n2\s+The Patels\s+business$/);
    expect(await run('tags', 'rename', 'on retainer', '--to', 'On retainer')).toMatchObject({ code: 0, out: 'Renamed tag 1 to “On retainer”.' });
    expect(await run('tags', 'remove', '--client', '1', 'On retainer')).toMatchObject({ code: 0, out: 'Smith Dental: no tags' });
    expect(await run('tags', 'delete', 'Backup contract', '--yes')).toMatchObject({ code: 0, out: 'Deleted tag “Backup contract” (it was on 1 client and 0 people).' });
  });

  it('says what is missing, in words, and changes nothing', async () => {
    await run('clients', 'add', 'Smith Dental');
    expect(await run('tags', 'add', 'on retainer')).toMatchObject({ code: 2, err: expect.stringMatching(/^Say whose tag it is: --client ID or --person ID/) });
    expect(await run('tags', 'add', '--client', '1')).toMatchObject({ code: 2, err: expect.stringMatching(/^Say which tag/) });
    expect(await run('clients', 'list', '--tag', 'gold')).toMatchObject({ code: 2, err: expect.stringMatching(/^There is no tag called "gold"/) });
    await run('tags', 'add', '--client', '1', 'Gold');
    expect(await run('tags', 'delete', 'gold')).toMatchObject({ code: 2, err: 'Deleting “Gold” takes it off 1 client and 0 people, for good. Add --yes to delete it.' });
    expect(await run('tags', 'rhythm', 'gold', '--weeks', 'four')).toMatchObject({ code: 2, err: expect.stringMatching(/^The rhythm must be a whole number/) });
    expect((await run('tags')).out).toMatch(/Gold\s+1\s+0$/);
  });
});
