import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME } from '../../../electron/app-protocol.ts';
import { OPENABLE_EXTENSIONS } from '../../../electron/opened-files.ts';

interface BuilderConfig {
  appId: string;
  files: string[];
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  npmRebuild: boolean;
  fileAssociations: { ext: string; mimeType: string }[];
  electronFuses: Record<string, boolean>;
  mac: { icon: string; target: { target: string; arch: string[] }[] };
  win: { icon: string; target: { target: string }[] };
  linux: { icon: string; target: string[]; mimeTypes: string[] };
}

const root = process.cwd();
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
let out: string;

const filesIn = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]));
/** Every bare module a built file loads: `from "x"`, `import("x")`, `require("x")`. */
const bareImports = (code: string) =>
  [...code.matchAll(/(?:^import\s[^;]*?\bfrom\s*|^import\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([@a-z0-9][\w@./-]*)["']/gm)]
    .map((m) => m[1]!)
    .filter((s) => !s.startsWith('node:') && !builtinModules.includes(s));
const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('packaging (electron-builder.yml against the built app)', () => {
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'askafter-out-'));
    const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', out, '--logLevel', 'error'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`the build failed: ${build.stderr}`);
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('packs main, preload and renderer where the main process looks for them', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(pkg.main).toBe('out/main/index.js');
    expect(existsSync(join(out, 'main/index.js'))).toBe(true);
    const main = readFileSync(join(out, 'main/index.js'), 'utf8');
    // The paths electron/main.ts joins onto app.getAppPath(), all under out/.
    for (const path of ['out/preload/index.cjs', 'out/renderer']) {
      expect(main).toContain(path);
      expect(existsSync(join(out, path.replace(/^out\//, '')))).toBe(true);
    }
    const html = readFileSync(join(out, 'renderer/index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(existsSync(join(out, 'renderer', asset))).toBe(true);
  });

  it('needs no dev-only dependency at run time: every package the main bundle loads is a production dependency', () => {
    const loaded = new Set(filesIn(join(out, 'main')).filter((f) => f.endsWith('.js')).flatMap((f) => bareImports(readFileSync(f, 'utf8')).map(packageName)));
    loaded.delete('electron');
    expect(loaded.size).toBeGreaterThan(0);
    for (const name of loaded) {
      expect(pkg.dependencies, `${name} is loaded at run time`).toHaveProperty([name]);
      expect(existsSync(join(root, 'node_modules', name, 'package.json'))).toBe(true);
    }
  });

  it('the sandboxed preload loads nothing but electron', () => {
    const preload = readFileSync(join(out, 'preload/index.cjs'), 'utf8');
    expect(new Set(bareImports(preload))).toEqual(new Set(['electron']));
  });

  it('ships the migrations and tray icons as resources, and unpacks the native SQLite module from the asar', () => {
    const main = readFileSync(join(out, 'main/index.js'), 'utf8');
    for (const [from, to] of [['db/migrations', 'migrations'], ['resources/icons', 'icons']] as const) {
      expect(config.extraResources).toContainEqual({ from, to });
      expect(main).toContain(`"${to}"`);
    }
    const migrations = readdirSync(join(root, 'db/migrations'));
    expect(migrations.filter((f) => f.endsWith('.sql')).length).toBe((JSON.parse(readFileSync(join(root, 'db/migrations/meta/_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length);
    expect(readdirSync(join(root, 'resources/icons'))).toEqual(expect.arrayContaining(['tray.png', 'trayTemplate.png']));
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
    const prebuilds = readdirSync(join(root, 'node_modules/better-sqlite3/prebuilds'));
    expect(prebuilds).toEqual(expect.arrayContaining(['linux-x64.node', 'darwin-x64.node', 'darwin-arm64.node', 'win32-x64.node']));
  });

  it('targets Linux (AppImage, deb), macOS (dmg for x64 and arm64) and Windows (nsis), with an icon that exists', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContainEqual({ target: 'dmg', arch: ['x64', 'arm64'] });
    expect(config.win.target.map((t) => t.target)).toContain('nsis');
    for (const icon of [config.mac.icon, config.win.icon, config.linux.icon]) {
      const png = readFileSync(join(root, icon));
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    }
  });

  it('opens .vcf and .ics files, uses the id notifications are registered under, and keeps the fuses hardened', () => {
    expect(config.fileAssociations.map((a) => `.${a.ext}`).sort()).toEqual([...OPENABLE_EXTENSIONS].sort());
    expect(config.linux.mimeTypes).toEqual(config.fileAssociations.map((a) => a.mimeType));
    const main = readFileSync(join(root, 'electron/main.ts'), 'utf8');
    expect(main).toContain(`APP_ID = '${config.appId}'`);
    expect(APP_SCHEME).toBe('app');
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true, grantFileProtocolExtraPrivileges: false });
  });
});
