import { describe, expect, it } from 'vitest';
import { cliOnFreshDatabase } from '../../helpers/cli-on-fresh-database.ts';

describe('askafter details, add-phone and add-email', () => {
  const { run } = cliOnFreshDatabase('askafter-details-cli-');

  it('adds labelled numbers and addresses to a client, keeps a number written twice once, and lists them, the main one first', async () => {
    expect((await run('clients', 'add', 'Corner Shop')).code).toBe(0);
    expect((await run('details', '--client', '1')).out).toMatch(/^No phone numbers or e-mail addresses yet/);
    await run('add-phone', '--client', '1', '--label', 'Reception', '0113 496 0000');
    await run('add-phone', '--client', '1', '--label', 'workshop', '0113 496 0001');
    await run('add-phone', '--client', '1', '+44 113 496 0001');
    const added = await run('add-email', '--client', '1', 'shop@example.com');
    expect(added.code).toBe(0);
    expect(added.out.split('\n').map((l) => l.split(/\s{2,}/))).toEqual([
      ['KIND', 'NUMBER OR ADDRESS', 'LABEL'],
      ['phone', '0113 496 0000', 'Reception', 'main'],
      ['phone', '0113 496 0001', 'workshop'],
      ['e-mail', 'shop@example.com', 'main'],
    ]);
    expect(JSON.parse((await run('details', '--client', '1', '--json')).out)).toMatchObject({ phones: [{ value: '0113 496 0000' }, { value: '0113 496 0001' }], emails: [{ value: 'shop@example.com', label: null }] });
  });

  it('says what is wrong, in words, and saves nothing', async () => {
    await run('clients', 'add', 'Corner Shop');
    expect(await run('add-phone', '0113 496 0000')).toMatchObject({ code: 2, err: expect.stringMatching(/^Say whose numbers these are: --person ID or --client ID/) });
    expect(await run('add-phone', '--client', '1', 'call me')).toMatchObject({ code: 1, err: 'Nothing was saved. A phone number needs at least three digits (e.g. 07700 900123).' });
    expect(await run('add-email', '--client', '1')).toMatchObject({ code: 2, err: expect.stringMatching(/^Give the address to add/) });
    expect(await run('details', '--person', '9')).toMatchObject({ code: 1, err: expect.stringMatching(/^Person 9 was not found/) });
    expect((await run('details', '--client', '1')).out).toMatch(/^No phone numbers or e-mail addresses yet/);
  });
});
