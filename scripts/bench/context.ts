import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What the start-up, transfer and demo measurements need from the bench. */
export interface BenchContext {
  /** The cached `large` sample database: copy it, never change it. */
  large: string;
  /** A folder for scratch files, emptied by each module of what it made. */
  scratch: string;
  /** The bench's fixed clock. */
  now: Date;
}

let built = false;

/** Builds the renderer and the Node bundle once, so the child processes run today's code. */
export function ensureBuilt(): void {
  if (built) return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed: the start-up measurements need the build.');
  built = true;
}
