import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { CorruptDatabaseFailure } from '../db/backup/corrupt.ts';
import { backupIfDue } from '../db/backup/daily.ts';
import { restoreBackup } from '../db/backup/restore.ts';
import { checkIntegrityInBackground, openStore, type OpenOptions, type Store } from '../db/connection.ts';
import { createAppCaller } from '../db/handlers/caller.ts';
import { createLogger } from '../db/logger.ts';
import { appUrlMatcher } from './app-url.ts';
import { databasePath } from './database-path.ts';
import { bindChannels } from './ipc.ts';
import { buildMenu } from './menu.ts';
import { blockRemoteRequests, denyPermissions } from './security.ts';
import { createMainWindow } from './window.ts';

const log = createLogger('main');

/** Where the built files and committed migrations are, packaged or not. */
function appPaths() {
  const root = app.getAppPath();
  return {
    preload: join(root, 'out/preload/index.cjs'),
    rendererIndexFile: join(root, 'out/renderer/index.html'),
    migrationsFolder: app.isPackaged ? join(process.resourcesPath, 'migrations') : join(root, 'db/migrations'),
  };
}

/**
 * Opens the database; if it could not be read (it has been moved aside by then), asks the
 * user whether to restore the newest good backup or start empty. Undefined means quit.
 */
async function openOrRecover(options: OpenOptions): Promise<Store | undefined> {
  try {
    return await openStore(options);
  } catch (error) {
    if (!(error instanceof CorruptDatabaseFailure)) throw error;
    const newest = error.newestBackup;
    const choices = [...(newest ? ['Restore the newest backup'] : []), 'Start with an empty database', 'Quit'];
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'Ask After',
      message: 'Ask After could not read its database',
      detail: error.message,
      buttons: choices,
      defaultId: 0,
      cancelId: choices.length - 1,
      noLink: true,
    });
    const choice = choices[response];
    if (choice === 'Quit') return undefined;
    if (newest && choice === 'Restore the newest backup') return (await restoreBackup({ ...options, backupFile: newest.file })).store;
    return openStore(options);
  }
}

export async function startApp(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let window: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  const paths = appPaths();
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const isAppUrl = appUrlMatcher(paths.rendererIndexFile, devServerUrl);

  denyPermissions(session.defaultSession);
  blockRemoteRequests(session.defaultSession, (url) => isAppUrl(url) || url.startsWith('file:') || Boolean(devServerUrl && url.startsWith(devServerUrl)));
  Menu.setApplicationMenu(buildMenu(process.platform));

  const file = databasePath(process.argv, process.env, app.getPath('userData'));
  const store = await openOrRecover({ file, migrationsFolder: paths.migrationsFolder, backupDir: process.env.ASKAFTER_BACKUP_DIR });
  if (!store) {
    app.quit();
    return;
  }
  app.on('will-quit', () => store.close());
  log.info(`database ${file}`);
  bindChannels(ipcMain, createAppCaller(store), isAppUrl);

  const open = () => {
    window = createMainWindow({ ...paths, devServerUrl, isAppUrl });
    window.on('closed', () => {
      window = undefined;
    });
  };
  open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  // After the window is up, off the main thread: every page checked, without delaying the first screen.
  const problems = await checkIntegrityInBackground(file).catch((error: unknown) => {
    log.error('background integrity check failed', error);
    return [];
  });
  if (problems.length > 0) {
    log.error(`database damaged: ${problems.join('; ')}`);
    void dialog.showMessageBox({
      type: 'warning',
      title: 'Ask After',
      message: 'Ask After found damage in its database',
      detail: `${problems[0] ?? ''}\n\nWhat you see may be incomplete. Quit and reopen Ask After: it will set the damaged file aside and offer to restore the newest good backup.`,
      buttons: ['OK'],
      noLink: true,
    });
    return;
  }
  // The online backup does not block reads or writes meanwhile; a damaged file is not backed up.
  await backupIfDue(store).then(
    (made) => made && log.info(`daily backup ${made.file}`),
    (error: unknown) => log.error('daily backup failed', error),
  );
}
