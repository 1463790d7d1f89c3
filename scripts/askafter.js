#!/usr/bin/env node
// The `askafter` command runs the bundled CLI (out/node/cli.js), not TypeScript transpiled at
// every start. It builds the bundle first when it is missing or older than the sources, so
// `npx askafter` works in a fresh clone after `npm ci`, and an edit never runs stale.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

enableCompileCache?.();

const root = join(import.meta.dirname, '..');
const bundle = join(root, 'out/node/cli.js');
const sources = ['src', 'db', 'scripts', 'package-lock.json', 'vite.node.config.ts'];

function builtAt() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestSource() {
  let newest = 0;
  for (const name of sources) {
    const path = join(root, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    newest = Math.max(newest, stat.mtimeMs);
    if (!stat.isDirectory()) continue;
    // About 200 files, ~10 ms: cheaper than ever running yesterday's code.
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
    }
  }
  return newest;
}

const built = builtAt();
if (built === undefined || newestSource() > built) {
  process.stderr.write(built === undefined ? 'Building the askafter command (first run, a few seconds)…\n' : 'The sources changed: rebuilding the askafter command…\n');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '-c', join(root, 'vite.node.config.ts')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write('The askafter command could not be built. Run `npm ci` in the project folder (it installs the build tools), then try again.\n');
    process.exit(1);
  }
}

await import('../out/node/cli.js');
