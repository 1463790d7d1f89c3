import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadFailedMessage, planRuntime } from '../../../scripts/start/electron-runtime.ts';

let dir: string;

/** A stand-in Electron binary: records how it was started, then exits. */
function fakeElectronBinary(path: string, record: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\necho "$@" > '${record}'\n`);
  chmodSync(path, 0o755);
}

/** A stand-in electron package whose installer runs the given script body. */
function fakeElectronPackage(installBody: string): string {
  const pkg = join(dir, 'electron-pkg');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'install.js'), installBody);
  return pkg;
}

function npmStart(env: Record<string, string>) {
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, '');
  return spawnSync(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts', '--skip-build'], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ELECTRON_ENTRY: entry, ...env },
    timeout: 120_000,
  });
}

describe('npm start', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-start-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fetches the runtime once when it is missing, then starts it', () => {
    const record = join(dir, 'started-with.txt');
    const binary = join(dir, 'electron-pkg', 'dist', 'electron');
    // What electron's installer leaves behind after a download: dist/ and path.txt.
    const pkg = fakeElectronPackage(`const fs = require('fs'); const p = require('path');
fs.mkdirSync(p.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(p.join(__dirname, 'dist', 'electron'), "#!/bin/sh\\necho \\"$@\\" > '${record}'\\n", { mode: 0o755 });
fs.writeFileSync(p.join(__dirname, 'path.txt'), 'electron');
fs.writeFileSync(p.join(__dirname, 'downloaded'), 'yes');`);
    const result = npmStart({ ASKAFTER_ELECTRON_PACKAGE_DIR: pkg });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('fetching the Electron runtime once');
    expect(existsSync(join(pkg, 'downloaded'))).toBe(true);
    expect(existsSync(binary)).toBe(true);
    expect(readFileSync(record, 'utf8')).toContain(join(dir, 'entry.js'));
  });

  it('says in one actionable line that it needs the network when the download fails, and stops', () => {
    const pkg = fakeElectronPackage(`console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest (node:_http_client)'); process.exit(1);`);
    const result = npmStart({ ASKAFTER_ELECTRON_PACKAGE_DIR: pkg });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/could not download the Electron runtime \(RequestError: getaddrinfo ENOTFOUND github\.com\): connect to the internet and run npm start again, or set ELECTRON_OVERRIDE_DIST_PATH/);
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH without downloading anything', () => {
    const record = join(dir, 'started-with.txt');
    fakeElectronBinary(join(dir, 'override', 'electron'), record);
    const pkg = fakeElectronPackage(`require('fs').writeFileSync(require('path').join(__dirname, 'downloaded'), 'yes'); process.exit(1);`);
    const result = npmStart({ ASKAFTER_ELECTRON_PACKAGE_DIR: pkg, ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'override') });
    expect(result.status).toBe(0);
    expect(existsSync(join(pkg, 'downloaded'))).toBe(false);
    expect(readFileSync(record, 'utf8')).toContain('entry.js');
  });

  it('uses ELECTRON_EXEC_PATH, and names it when it points nowhere', () => {
    const record = join(dir, 'started-with.txt');
    fakeElectronBinary(join(dir, 'bin', 'my-electron'), record);
    const pkg = fakeElectronPackage(`process.exit(1);`);
    expect(npmStart({ ASKAFTER_ELECTRON_PACKAGE_DIR: pkg, ELECTRON_EXEC_PATH: join(dir, 'bin', 'my-electron') }).status).toBe(0);
    expect(existsSync(record)).toBe(true);
    const wrong = npmStart({ ASKAFTER_ELECTRON_PACKAGE_DIR: pkg, ELECTRON_EXEC_PATH: join(dir, 'nowhere') });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim()).toBe(`ELECTRON_EXEC_PATH points at ${join(dir, 'nowhere')}, which does not exist: fix or unset it, then run npm start again.`);
  });
});

describe('planRuntime', () => {
  const facts = (env: NodeJS.ProcessEnv, files: Record<string, string>) => ({
    env,
    electronDir: '/nm/electron',
    platform: 'darwin' as const,
    exists: (p: string) => p in files,
    readText: (p: string) => files[p],
  });

  it('finds the installed binary through path.txt, and asks for a download when it is gone', () => {
    const installed = { '/nm/electron/path.txt': 'Electron.app/Contents/MacOS/Electron', '/nm/electron/dist/Electron.app/Contents/MacOS/Electron': '' };
    expect(planRuntime(facts({}, installed))).toEqual({ kind: 'ready', executable: '/nm/electron/dist/Electron.app/Contents/MacOS/Electron', source: 'installed' });
    expect(planRuntime(facts({}, { '/nm/electron/path.txt': 'Electron.app/Contents/MacOS/Electron' }))).toEqual({ kind: 'download' });
    expect(planRuntime(facts({}, {}))).toEqual({ kind: 'download' });
  });

  it('looks for the platform binary inside ELECTRON_OVERRIDE_DIST_PATH', () => {
    expect(planRuntime(facts({ ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }, { '/opt/e/Electron.app/Contents/MacOS/Electron': '' }))).toMatchObject({ kind: 'ready', source: 'ELECTRON_OVERRIDE_DIST_PATH' });
  });

  it('keeps the failure to one line with its first reason', () => {
    expect(downloadFailedMessage('\nError: connect ETIMEDOUT\n  at x\n  at y')).not.toContain('\n');
    expect(downloadFailedMessage('\nError: connect ETIMEDOUT\n  at x')).toContain('(connect ETIMEDOUT)');
  });
});
