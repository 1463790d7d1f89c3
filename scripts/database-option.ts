import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the CLI and the browser preview keep data when no --db or ASKAFTER_DB is given: the same
 * folder Electron's app.getPath('userData') uses for "Ask After" on this platform.
 */
export function defaultDatabaseFile(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = homedir();
  const base =
    platform === 'darwin'
      ? join(home, 'Library', 'Application Support')
      : platform === 'win32'
        ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(base, 'askafter', 'askafter.sqlite');
}

export const resolveDatabaseFile = (flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string => flag ?? env.ASKAFTER_DB ?? defaultDatabaseFile();
