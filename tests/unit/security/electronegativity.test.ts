import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Report {
  findings: { id: string; file: string; severity: string; justified: boolean }[];
  errors: number;
}

const root = process.cwd();

/** Electronegativity over electron/ and renderer/ of `dir`, offline, as `npm run security` runs it. */
function scan(dir = root) {
  const run = spawnSync(process.execPath, ['--require', join(root, 'scripts/security/offline-got.cjs'), join(root, 'scripts/security/electronegativity.cjs'), '--json', '--root', dir], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`Electronegativity printed no report: ${run.stderr}`);
  return { status: run.status, report: JSON.parse(line) as Report };
}

describe('Electronegativity', () => {
  it('finds nothing above informational in the shell that docs/security.md does not justify', () => {
    const { status, report } = scan();
    expect(report.errors).toBe(0);
    expect(report.findings.filter((f) => !f.justified)).toEqual([]);
    expect(status).toBe(0);
  }, 300_000);

  it('fails when a window loses its sandbox or context isolation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'askafter-scan-'));
    try {
      for (const part of ['electron', 'renderer', 'docs']) cpSync(join(root, part), join(dir, part), { recursive: true });
      const window = join(dir, 'electron/window.ts');
      writeFileSync(window, readFileSync(window, 'utf8').replace('contextIsolation: true', 'contextIsolation: false').replace('sandbox: true', 'sandbox: false'));
      const { status, report } = scan(dir);
      expect(status).toBe(1);
      expect(report.findings.filter((f) => !f.justified).map((f) => f.id)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
