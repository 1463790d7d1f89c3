import { join } from 'node:path';

/** `--db FILE` wins, then ASKAFTER_DB, then the app's data folder. */
export function databasePath(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  const flag = argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='));
  if (flag >= 0) {
    const arg = argv[flag] ?? '';
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flag + 1];
    if (value) return value;
  }
  if (env.ASKAFTER_DB) return env.ASKAFTER_DB;
  return join(userDataDir, 'askafter.sqlite');
}
