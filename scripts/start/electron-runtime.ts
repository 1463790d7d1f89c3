import { join } from 'node:path';

/** How `npm start` gets an Electron binary to run. */
export type RuntimePlan =
  | { kind: 'ready'; executable: string; source: 'ELECTRON_EXEC_PATH' | 'ELECTRON_OVERRIDE_DIST_PATH' | 'installed' }
  | { kind: 'download' }
  | { kind: 'missing'; message: string };

export interface RuntimeFacts {
  env: NodeJS.ProcessEnv;
  /** node_modules/electron. */
  electronDir: string;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
  readText: (path: string) => string | undefined;
}

/** Where electron's own installer puts the binary inside its dist folder. */
export function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * ELECTRON_EXEC_PATH (a binary) wins, then ELECTRON_OVERRIDE_DIST_PATH (a folder holding one),
 * as electron and electron-vite honour them; then the binary electron's installer left behind;
 * otherwise it has to be downloaded once.
 */
export function planRuntime(facts: RuntimeFacts): RuntimePlan {
  const { env, electronDir, exists } = facts;
  if (env.ELECTRON_EXEC_PATH) {
    if (exists(env.ELECTRON_EXEC_PATH)) return { kind: 'ready', executable: env.ELECTRON_EXEC_PATH, source: 'ELECTRON_EXEC_PATH' };
    return { kind: 'missing', message: `ELECTRON_EXEC_PATH points at ${env.ELECTRON_EXEC_PATH}, which does not exist: fix or unset it, then run npm start again.` };
  }
  const installedName = facts.readText(join(electronDir, 'path.txt'))?.trim();
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const executable = join(env.ELECTRON_OVERRIDE_DIST_PATH, installedName || platformExecutable(facts.platform));
    if (exists(executable)) return { kind: 'ready', executable, source: 'ELECTRON_OVERRIDE_DIST_PATH' };
    return { kind: 'missing', message: `ELECTRON_OVERRIDE_DIST_PATH is ${env.ELECTRON_OVERRIDE_DIST_PATH}, but there is no Electron binary at ${executable}: fix or unset it, then run npm start again.` };
  }
  if (installedName) {
    const executable = join(electronDir, 'dist', installedName);
    if (exists(executable)) return { kind: 'ready', executable, source: 'installed' };
  }
  return { kind: 'download' };
}

/** The one line a user sees when the download failed, with what to do next. */
export function downloadFailedMessage(detail: string): string {
  const reason = detail.split('\n').map((line) => line.trim()).find((line) => line.length > 0) ?? 'no reason given';
  return `Ask After could not download the Electron runtime (${reason.replace(/^Error:\s*/, '')}): connect to the internet and run npm start again, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 binary.`;
}
