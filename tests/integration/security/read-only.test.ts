import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/cli/run.ts';

/**
 * Permissions do not stop root, and these tests run as root here: the CLI then runs as `nobody`
 * (setpriv), from a copy of node it may execute. As an ordinary user it runs directly.
 */
const isRoot = process.getuid?.() === 0;
const hasSetpriv = existsSync('/usr/bin/setpriv');
const NOBODY = 65534;
const projectRoot = resolve(import.meta.dirname, '../../..');

/**
 * As root, the CLI runs as `nobody`, which must be able to read the project (its sources and
 * node_modules). A checkout inside a private folder (mktemp -d makes 0700 folders) cannot be
 * read by `nobody`: there the test is skipped rather than failing for a reason it does not test.
 */
function nobodyCanReadProject(): boolean {
  if (!isRoot) return true;
  if (!hasSetpriv) return false;
  try {
    execFileSync('/usr/bin/setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '/bin/sh', '-c', 'test -r "$1/package.json" && test -r "$1/node_modules/tsx/package.json"', 'sh', projectRoot], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const runnable = process.platform !== 'win32' && nobodyCanReadProject();

describe.skipIf(!runnable)('a read-only database file or folder', () => {
  let dir: string;
  let node: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-readonly-'));
    chmodSync(dir, 0o755);
    node = process.execPath;
    if (isRoot) {
      node = join(dir, 'node');
      copyFileSync(process.execPath, node);
      chmodSync(node, 0o755);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function makeDatabase(name: string): Promise<{ folder: string; db: string }> {
    const folder = join(dir, name);
    mkdirSync(folder);
    const db = join(folder, 'askafter.sqlite');
    expect(await runCli(['--db', db, 'clients', 'add', 'Smith Dental'], { out: () => {}, err: () => {} }, {})).toBe(0);
    writeFileSync(join(folder, 'contacts.vcf'), 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sue Patel\r\nN:Patel;Sue;;;\r\nEND:VCARD\r\n');
    if (isRoot) for (const entry of [folder, ...readdirSync(folder).map((n) => join(folder, n))]) chownSync(entry, NOBODY, NOBODY);
    return { folder, db };
  }

  function runAsUser(commands: string[][]): { command: string; code: number; out: string; err: string }[] {
    const runner = resolve(import.meta.dirname, 'read-only-runner.ts');
    const args = ['--import', 'tsx', runner, ...commands.map((c) => JSON.stringify(c))];
    const options = { cwd: projectRoot, encoding: 'utf8', timeout: 600_000 } as const;
    const output = isRoot
      ? execFileSync('/usr/bin/setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', node, ...args], options)
      : execFileSync(node, args, options);
    return JSON.parse(output) as { command: string; code: number; out: string; err: string }[];
  }

  const commands = (folder: string, db: string) =>
    [['clients', 'list'], ['clients', 'add', 'The Patels'], ['backup'], ['import', join(folder, 'contacts.vcf')], ['export', '--format', 'json', '--out', join(folder, 'all.json')]].map((c) => ['--db', db, ...c]);

  // One unprivileged run for both cases: starting TypeScript is the slow part.
  it('every command says so in one sentence, exits non-zero and leaves nothing behind', async () => {
    const file = await makeDatabase('file');
    const folder = await makeDatabase('folder');
    const before = { file: readdirSync(file.folder).sort(), folder: readdirSync(folder.folder).sort() };
    chmodSync(file.db, 0o444);
    chmodSync(folder.folder, 0o555);
    const results = runAsUser([...commands(file.folder, file.db), ...commands(folder.folder, folder.db)]);
    chmodSync(folder.folder, 0o755);
    expect(results).toHaveLength(10);
    results.forEach((result, i) => {
      expect(result.code, result.command).toBe(1);
      expect(result.err, result.command).toMatch(i < 5 ? /^The database file \(.*\) is read-only, so Ask After cannot use it\. Nothing was changed/ : /^The folder holding the database \(.*\) is read-only/);
      expect(result.err, result.command).not.toMatch(/\n\s+at /);
    });
    expect(readdirSync(file.folder).sort()).toEqual(before.file);
    expect(readdirSync(folder.folder).sort()).toEqual(before.folder);
  }, 600_000);
});
