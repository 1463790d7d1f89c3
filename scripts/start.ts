/**
 * `npm start`: make sure an Electron runtime is there (electron 45 fetches its binary lazily,
 * and electron-vite's preview only looks for the result), then build and start the app.
 * Options: --skip-build (start the last build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { downloadFailedMessage, planRuntime, type RuntimePlan } from './start/electron-runtime.ts';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronDir = process.env.ASKAFTER_ELECTRON_PACKAGE_DIR ?? dirname(require.resolve('electron/package.json'));
const readText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
const facts = () => ({ env: process.env, electronDir, platform: process.platform, exists: existsSync, readText });

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function ensureRuntime(): Extract<RuntimePlan, { kind: 'ready' }> {
  const plan = planRuntime(facts());
  if (plan.kind === 'ready') return plan;
  if (plan.kind === 'missing') fail(plan.message);
  console.log('Ask After: fetching the Electron runtime once (about 100 MB)…');
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (install.status !== 0) fail(downloadFailedMessage(install.stderr || install.error?.message || `the installer exited with ${install.status}`));
  const after = planRuntime(facts());
  if (after.kind !== 'ready') fail(downloadFailedMessage('the installer finished but left no Electron binary'));
  return after;
}

const runtime = ensureRuntime();
const viteBin = join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
const args = [viteBin, 'preview', ...(process.argv.includes('--skip-build') ? ['--skipBuild'] : [])];
const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: runtime.executable } });
process.exit(run.status ?? 1);
