import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What a user runs: `npx askafter …` and `npm run web` start the bundled build in out/node, not
 * the TypeScript sources the other tests import. A dependency bundled by mistake (a native
 * module's loader needs its own __dirname) breaks only the bundle, so these run the bundle itself.
 */
const root = join(import.meta.dirname, '..', '..');
const askafter = join(root, 'scripts', 'askafter.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'askafter-bundle-'));
  // Builds out/node when it is missing or older than the sources, as `npx askafter` does.
  execFileSync(process.execPath, [askafter, '--help'], { cwd: root, stdio: 'pipe' });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => execFileSync(process.execPath, [askafter, ...argv], { cwd: root, encoding: 'utf8', env: { ...process.env, ASKAFTER_KEY_FILE: '' } });

describe('the bundled askafter command', () => {
  it('creates a database, fills it and shows the week', () => {
    const db = join(dir, 'bundle.sqlite');
    expect(cli('--db', db, 'demo', '--size', 'sample', '--now', '2026-11-25T09:00:00Z')).toMatch(/^Added sample data \(sample\): 40 clients/);
    const week = cli('--db', db, 'dashboard', '--now', '2026-11-25T08:00:00Z', '--tz', 'Europe/London');
    expect(week).toMatch(/This week:/);
    expect(week).toMatch(/King family/);
  }, 120_000);

  it('starts the browser preview, which prints its one-time address', async () => {
    const db = join(dir, 'preview.sqlite');
    const child = spawn(process.execPath, [join(root, 'out', 'node', 'web.js'), '--db', db, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const said = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (/http:\/\/127\.0\.0\.1:\d+/.test(out)) resolve(out);
        });
        child.on('exit', (code) => reject(new Error(`the preview exited (${code}) before it was ready: ${out}`)));
      });
      const address = /http:\/\/127\.0\.0\.1:\d+/.exec(said)![0];
      const page = await fetch(address);
      expect(page.status).toBeLessThan(500);
    } finally {
      child.kill();
    }
  }, 120_000);
});
