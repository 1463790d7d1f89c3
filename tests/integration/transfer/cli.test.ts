import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/cli/run.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/transfer/', import.meta.url));

describe('askafter export, import, export-person and forget-person', () => {
  let dir: string;
  const env = () => ({ ASKAFTER_BACKUP_DIR: join(dir, 'backups') });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-cli-transfer-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (db: string, ...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--db', join(dir, db), ...argv], { out: (l) => out.push(l), err: (l) => err.push(l) }, env());
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('imports a vCard after a preview and a backup, adds nothing on a second run, and exports every format', async () => {
    const dry = await run('a.sqlite', 'import', join(fixtures, 'phone-contacts.vcf'), '--dry-run');
    expect(dry).toMatchObject({ code: 0, err: '' });
    expect(dry.out).toMatch(/^vcard: 9 new, 0 to update, 0 already there, 0 skipped, 0 with errors\.\n {2}line 1: new person: Sue Baker \(with nickname, birthday/);
    expect(dry.out).toMatch(/Nothing was written \(--dry-run\)\.$/);
    expect((await run('a.sqlite', 'clients', 'list')).out).toMatch(/No clients yet/);

    const real = await run('a.sqlite', 'import', join(fixtures, 'phone-contacts.vcf'));
    expect(real.code).toBe(0);
    expect(real.out).toMatch(/Imported: created 4 people, 2 clients, 2 roles, 2 relationships, 1 life event; updated nothing\.\nThe database as it was before is saved as .*-pre-import\.sqlite\.$/);
    expect(readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('-pre-import.sqlite'))).toHaveLength(1);
    expect((await run('a.sqlite', 'import', join(fixtures, 'phone-contacts.vcf'))).out).toMatch(/^vcard: 0 new, 0 to update, 4 already there/);

    expect((await run('a.sqlite', 'export', '--format', 'json', '--out', join(dir, 'all.json'))).out).toBe(
      `Note: exports are plain text, not encrypted; anyone who can read ${join(dir, 'all.json')} can read everything in it. Keep it somewhere private and delete it when done.\nExported 2 clients and 4 people (everything) to ${join(dir, 'all.json')}.`,
    );
    expect(JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8'))).toMatchObject({ format: 'askafter-export', version: 4 });
    expect((await run('a.sqlite', 'export', '--format', 'csv', '--out', join(dir, 'csv'))).code).toBe(0);
    expect(readdirSync(join(dir, 'csv'))).toContain('people.csv');
    expect((await run('a.sqlite', 'export', '--format', 'csv', '--entity', 'life_events', '--out', join(dir, 'events.csv'))).code).toBe(0);
    expect(readFileSync(join(dir, 'events.csv'), 'utf8')).toMatch(/^\uFEFFid,type_key,title,/);
    expect((await run('a.sqlite', 'export', '--format', 'vcard', '--out', join(dir, 'people.vcf'))).out).toMatch(/Exported 4 people as vCards/);
    expect((await run('a.sqlite', 'export', '--format', 'ics', '--out', join(dir, 'visits.ics'), '--time-zone', 'Europe/London')).code).toBe(0);
    expect(readFileSync(join(dir, 'visits.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);

    expect((await run('b.sqlite', 'import', join(dir, 'all.json'))).out).toMatch(/Imported: created 2 clients, 4 people, 5 phone numbers and e-mail addresses, 2 roles, 2 relationships, 1 life event, 2 links between events and people/);
    const twice = await run('b.sqlite', 'import', join(dir, 'all.json'));
    expect(twice).toMatchObject({ code: 1, err: expect.stringMatching(/already holds .* only into an empty database \(merging is not supported\)/) });
  });

  it('explains what stops an import, and imports the rest when told to', async () => {
    const blocked = await run('a.sqlite', 'import', join(fixtures, 'nameless-card.vcf'));
    expect(blocked).toMatchObject({ code: 1, err: expect.stringMatching(/^The file has 1 problem, the first: The contact starting on line 6 has no name/) });
    expect(blocked.out).toMatch(/ERROR: The contact starting on line 6 has no name/);
    expect((await run('a.sqlite', 'import', join(fixtures, 'nameless-card.vcf'), '--skip-errors')).out).toMatch(/Imported: created 1 person/);
    expect(await run('a.sqlite', 'import', join(dir, 'missing.vcf'))).toMatchObject({ code: 1, err: expect.stringMatching(/Could not open .*missing\.vcf/) });
    expect(await run('a.sqlite', 'export', '--format', 'pdf', '--out', join(dir, 'x'))).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown export format "pdf"/) });
  });

  it('uses the suggested mapping for a spreadsheet it does not recognise, and shows it', async () => {
    const result = await run('a.sqlite', 'import', join(fixtures, 'unknown-columns.csv'));
    expect(result.out).toMatch(/the suggested mapping:\n {2}Who → \(ignored\)\n {2}Mail → email\n {2}Tel → phone\n {2}Firm → \(ignored\)/);
    expect(result).toMatchObject({ code: 1, err: expect.stringMatching(/has no name/) });
  });

  it('imports calendar events onto the clients the user names', async () => {
    await run('a.sqlite', 'clients', 'add', 'Smith Dental');
    const calendar = join(fixtures, 'calendar.ics');
    const preview = await run('a.sqlite', 'import', calendar, '--dry-run', '--time-zone', 'Europe/London');
    expect(preview.out).toMatch(/no client for "Dentist \(me\)" \(1×, first 2026-12-01T10:00:00.000Z\); add --assign floating@example\.org=CLIENT_ID/);
    const assigned = await run('a.sqlite', 'import', calendar, '--assign', 'floating@example.org=1', '--time-zone', 'Europe/London');
    expect(assigned.out).toMatch(/Imported: created \d+ visits;/);
    expect(await run('a.sqlite', 'import', calendar, '--assign', 'nonsense')).toMatchObject({ code: 2, err: expect.stringMatching(/--assign takes UID=CLIENT_ID/) });
  });

  it('exports one person, and forgets them only when told twice', async () => {
    await run('a.sqlite', 'import', join(fixtures, 'phone-contacts.vcf'));
    const file = join(dir, 'sue.json');
    expect((await run('a.sqlite', 'export-person', '1', '--out', file)).out).toMatch(/^Exported everything held about Sue Baker to /);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'askafter-person-export', person: { givenName: 'Sue' } });

    const asked = await run('a.sqlite', 'forget-person', '1');
    expect(asked).toMatchObject({ code: 2, err: expect.stringMatching(/^This deletes Sue Baker for good, with 1 role, 2 relationships, .* To go ahead: askafter forget-person 1 --yes$/) });
    expect((await run('a.sqlite', 'forget-person', '1', '--yes')).out).toMatch(/^Forgot Sue Baker, with 1 role, 2 relationships, 0 life events about them alone, 1 link to a life event/);
    expect((await run('a.sqlite', 'forget-person', '1', '--yes'))).toMatchObject({ code: 1, err: expect.stringMatching(/Person 1 was not found/) });
    expect(existsSync(file)).toBe(true);
  });
});
