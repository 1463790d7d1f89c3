import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { openStore } from '../db/connection.ts';
import { createDispatcher } from '../db/handlers/index.ts';
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
  const store = await openStore({ file, migrationsFolder: paths.migrationsFolder });
  app.on('will-quit', () => store.close());
  log.info(`database ${file}`);
  bindChannels(ipcMain, createDispatcher(store), isAppUrl);

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
}
