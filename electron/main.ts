import { app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, nativeImage, net, Notification, powerMonitor, protocol, safeStorage, session, Tray } from 'electron';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CorruptDatabaseFailure, moveAside, UnreadableDatabaseFailure } from '../db/backup/corrupt.ts';
import { backupIfDue } from '../db/backup/daily.ts';
import { restoreBackup } from '../db/backup/restore.ts';
import { checkIntegrityInBackground, openStore, type OpenOptions, type Store } from '../db/connection.ts';
import { createAppCaller, type AppCaller } from '../db/handlers/caller.ts';
import { readableInstant } from '../db/backup/names.ts';
import { systemClock } from '../db/clock.ts';
import type { DatabaseKey } from '../db/encryption.ts';
import { SHORTCUT_PROBLEM_KEY } from '../db/handlers/shell-settings.ts';
import { createLogger } from '../db/logger.ts';
import { settingsRepository } from '../db/repositories/settings.ts';
import { reminderInputReader } from '../db/reminders/inputs.ts';
import { planDueReminders } from '../db/reminders/plan.ts';
import { localDateOf, localTimeOf } from '../src/dates/time-zone.ts';
import type { ShellSettingsView } from '../src/contract/schemas/shell.ts';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, serveApp } from './app-protocol.ts';
import { appUrlMatcher } from './app-url.ts';
import { keyFileFor, keyForDatabase, readStored, writeStored } from './database-key.ts';
import { withDatabaseProtection, type Protection } from './database-protection.ts';
import { createLockGate } from './lock-gate.ts';
import { databasePath } from './database-path.ts';
import { bindChannels } from './ipc.ts';
import { applyLoginItem, HIDDEN_ARG } from './login-item.ts';
import { buildMenu } from './menu.ts';
import { createOpenedFilesInbox, pickOpenPaths } from './opened-files.ts';
import { pdfFileName, saveAsPdf } from './pdf.ts';
import { bindShortcut, createQuickCapture } from './quick-capture.ts';
import { startReminders } from './reminders.ts';
import { blockRemoteRequests, denyPermissions } from './security.ts';
import { withShellChannels } from './shell-channels.ts';
import { createAppTray, shouldHideOnClose } from './tray.ts';
import { createCaptureWindow, createMainWindow } from './window.ts';

const log = createLogger('main');

/** The build's appId: Windows shows notifications only for an app with this id. */
export const APP_ID = 'app.askafter.desktop';
/** The daily backup is checked this often while the app stays open. */
export const BACKUP_CHECK_MS = 3_600_000;

/** Where the built files, committed migrations and icons are, packaged or not. */
function appPaths() {
  const root = app.getAppPath();
  return {
    preload: join(root, 'out/preload/index.cjs'),
    rendererDir: join(root, 'out/renderer'),
    migrationsFolder: app.isPackaged ? join(process.resourcesPath, 'migrations') : join(root, 'db/migrations'),
    icons: app.isPackaged ? join(process.resourcesPath, 'icons') : join(root, 'resources/icons'),
  };
}

/**
 * Opens the database; if it could not be read (it has been moved aside by then), asks the
 * user whether to restore the newest good backup or start empty. A file that is neither SQLite
 * nor opens with the key we have may be damaged or locked with another key: it is left as it
 * is, and the user may also type a passphrase. 'quit' means quit.
 */
async function openOrRecover(options: OpenOptions): Promise<Store | 'quit' | 'passphrase'> {
  try {
    return await openStore(options);
  } catch (error) {
    if (error instanceof UnreadableDatabaseFailure) return recoverUnreadable(options, error);
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
    if (choice === 'Quit') return 'quit';
    if (newest && choice === 'Restore the newest backup') return (await restoreBackup({ ...options, backupFile: newest.file })).store;
    return openStore({ ...options, startEmpty: true });
  }
}

async function recoverUnreadable(options: OpenOptions, error: UnreadableDatabaseFailure): Promise<Store | 'quit' | 'passphrase'> {
  const newest = error.newestBackup;
  const choices = [...(newest ? ['Restore the newest backup'] : []), 'Enter a passphrase', 'Start with an empty database', 'Quit'];
  const offer = newest
    ? `The newest good backup was taken ${readableInstant(newest.takenAt)} (${newest.file}). Restoring it keeps the unreadable file beside it, unchanged.`
    : 'No good backup was found to restore. Starting with an empty database keeps the unreadable file beside it, unchanged.';
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Ask After',
    message: 'Ask After cannot read its database',
    detail: `${error.file} is either damaged or locked with another key${error.keyGiven ? ' (the key this computer keeps does not open it)' : ''}. It was left as it is.\n\nIf you locked it with a passphrase, choose "Enter a passphrase". ${offer}`,
    buttons: choices,
    defaultId: 0,
    cancelId: choices.length - 1,
    noLink: true,
  });
  const choice = choices[response];
  if (choice === 'Quit') return 'quit';
  if (choice === 'Enter a passphrase') return 'passphrase';
  const movedTo = moveAside(options.file, options.clock ?? systemClock);
  log.warn(`unreadable database moved aside to ${movedTo}`);
  if (newest && choice === 'Restore the newest backup') return (await restoreBackup({ ...options, backupFile: newest.file })).store;
  return openStore({ ...options, startEmpty: true });
}

const isPassphraseMarker = (stored: ReturnType<typeof readStored>) => stored !== undefined && 'protection' in stored && stored.protection === 'passphrase';

const machineTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export async function startApp(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Before ready: app:// must be standard and secure for the page to get an origin and a CSP.
  protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
  let window: BrowserWindow | undefined;
  let quitting = false;
  let keepRunning = false;
  let openedCount = 0;
  const inbox = createOpenedFilesInbox();
  inbox.add(pickOpenPaths(process.argv.slice(1), existsSync));
  // Set once the window can take routes; until then opened files wait in the inbox.
  const shell: { show?: (route?: string) => void } = {};
  const showOpenedFiles = () => shell.show?.(`/data?opened=${++openedCount}`);

  // macOS sends files opened from Finder as events, possibly before ready.
  app.on('open-file', (event: { preventDefault(): void }, path: string) => {
    event.preventDefault();
    inbox.add([path]);
    showOpenedFiles();
  });
  app.on('second-instance', (_event: unknown, argv: string[] = []) => {
    const files = pickOpenPaths(argv, existsSync);
    inbox.add(files);
    if (files.length > 0) showOpenedFiles();
    else shell.show?.();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !keepRunning) app.quit();
  });

  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  const paths = appPaths();
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const isAppUrl = appUrlMatcher(devServerUrl);
  const pageUrl = devServerUrl ?? APP_INDEX_URL;

  serveApp(protocol, paths.rendererDir, (url) => net.fetch(url));
  denyPermissions(session.defaultSession);
  blockRemoteRequests(session.defaultSession, isAppUrl);

  const open = (hidden = false) => {
    window = createMainWindow({ preload: paths.preload, pageUrl, isAppUrl, hidden });
    window.on('close', (event: { preventDefault(): void }) => {
      if (!shouldHideOnClose({ quitting, keepRunning })) return;
      event.preventDefault();
      window?.hide();
    });
    window.on('closed', () => {
      window = undefined;
    });
  };
  const file = databasePath(process.argv, process.env, app.getPath('userData'));
  const keyFile = keyFileFor(file);
  // Until the database is open, the page may only unlock it (electron/lock-gate.ts).
  const gate = createLockGate(file);
  let caller: AppCaller = gate.call;
  bindChannels(ipcMain, (channel, input) => caller(channel, input), isAppUrl);
  const askFor = (state: 'locked' | 'choose') => {
    if (!window) open();
    return gate.ask(state);
  };
  // Encryption at rest: the key from the OS keychain (or ASKAFTER_KEY_FILE), or a passphrase
  // asked for before anything else is shown; see electron/database-key.ts.
  const decision = await keyForDatabase(file, safeStorage, (message) => log.warn(message));
  let key: DatabaseKey | undefined;
  let protection: Protection = 'none';
  let offered = false;
  if (decision.kind === 'key') {
    key = decision.key;
    protection = decision.protection;
  } else if (decision.kind === 'ask-passphrase') {
    key = await askFor('locked');
    protection = 'passphrase';
  } else if (decision.kind === 'offer-passphrase') {
    offered = true;
    key = await askFor('choose');
    protection = key ? 'passphrase' : 'none';
    if (!key) log.warn(`${decision.reason} The database stays unencrypted, as chosen; Settings → "Protect with a passphrase" can lock it later.`);
  }
  let store: Store | undefined;
  try {
    for (;;) {
      const opened = await openOrRecover({ file, migrationsFolder: paths.migrationsFolder, backupDir: process.env.ASKAFTER_BACKUP_DIR, key });
      if (opened === 'quit') break;
      if (opened !== 'passphrase') {
        store = opened;
        break;
      }
      key = await askFor('locked');
      protection = 'passphrase';
    }
  } catch (error) {
    gate.failed(error instanceof Error ? error.message : String(error));
    throw error;
  }
  if (!store) {
    app.quit();
    return;
  }
  // How the database is locked is recorded only once it opened that way (never the passphrase).
  if (protection === 'passphrase' && !isPassphraseMarker(readStored(keyFile))) writeStored(keyFile, { protection: 'passphrase' });
  if (offered && protection === 'none') writeStored(keyFile, { protection: 'none' });
  app.on('will-quit', () => store?.close());
  log.info(`database ${file}`);
  const live = () => store as Store;
  const call = createAppCaller(store, undefined, {
    migrationsFolder: paths.migrationsFolder,
    onStoreReplaced: (next) => {
      store = next;
      tray?.refresh();
    },
  });

  shell.show = (route) => {
    if (!window) open();
    const w = window as BrowserWindow;
    if (route) void w.loadURL(`${pageUrl}#${route}`);
    if (w.isMinimized()) w.restore();
    w.show();
    w.focus();
  };

  // The desktop's own conveniences: tray, quick capture, start at login.
  const capture = createQuickCapture(() => createCaptureWindow({ preload: paths.preload, pageUrl, isAppUrl }));
  let tray: ReturnType<typeof createAppTray> | undefined;
  let shortcut: string | undefined;
  const visitsAhead = () => {
    const now = new Date();
    const zone = machineTimeZone();
    const today = localDateOf(now, zone);
    const visits = reminderInputReader(live().db)(now, zone).visits.map((v) => ({
      visitId: v.visitId,
      day: localDateOf(v.startsAt, zone),
      time: localTimeOf(v.startsAt, zone),
      clientName: v.clientName,
    }));
    // The reader covers today and tomorrow, nothing later.
    return { today: visits.filter((v) => v.day === today), tomorrow: visits.filter((v) => v.day > today) };
  };
  const applySettings = (view: ShellSettingsView) => {
    keepRunning = view.keepRunningInTray;
    if (keepRunning && !tray) {
      tray = createAppTray({
        createTrayInstance: () => new Tray(nativeImage.createFromPath(join(paths.icons, process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'))),
        buildMenu: (template) => Menu.buildFromTemplate(template),
        visitsAhead,
        actions: { openVisit: (id) => shell.show?.(`/visits/${id}/briefing`), quickNote: () => capture.show(), open: () => shell.show?.(), quit: () => app.quit() },
      });
    } else if (!keepRunning && tray) {
      tray.destroy();
      tray = undefined;
    }
    const wanted = view.settings.quickCaptureEnabled ? view.settings.quickCaptureShortcut : undefined;
    if (wanted !== shortcut || view.shortcutProblem) {
      const problem = bindShortcut(globalShortcut, shortcut, wanted, () => capture.toggle());
      shortcut = problem ? undefined : wanted;
      settingsRepository(live().db, () => new Date()).set(SHORTCUT_PROBLEM_KEY, problem);
      if (problem) log.warn(problem);
    }
    applyLoginItem({ enabled: view.settings.startAtLogin, platform: process.platform, packaged: app.isPackaged, app, executable: process.execPath, configHome: process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config') });
  };

  const shellCall = withDatabaseProtection(withShellChannels(call, inbox, applySettings), { store: live, keyFile, safeStorage, platform: process.platform, protection, transferRunning: call.transferRunning });
  caller = shellCall;
  gate.opened();
  Menu.setApplicationMenu(buildMenu(process.platform, menuActions()));

  const initial = await shellCall('shellSettings:get', {});
  if (initial.ok) applySettings(initial.value as ShellSettingsView);
  app.on('will-quit', () => globalShortcut.unregisterAll());

  if (!window) open(process.argv.includes(HIDDEN_ARG) && keepRunning);
  if (inbox.size > 0) showOpenedFiles();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
    else shell.show?.();
  });

  const reminders = startReminders({
    plan: (now) => planDueReminders(live(), now, machineTimeZone()),
    isSupported: () => Notification.isSupported(),
    createNotification: (options) => new Notification(options),
    powerMonitor,
    open: (visitId) => shell.show?.(visitId === null ? '/' : `/visits/${visitId}/briefing`),
    onError: (error) => log.error('reminder tick failed', error),
  });
  const refreshTray = setInterval(() => tray?.refresh(), 60_000);
  powerMonitor.on('resume', () => tray?.refresh());

  // A daily backup also while the app stays open for days; the online backup does not block.
  const dailyBackup = () =>
    backupIfDue(live()).then(
      (made) => made && log.info(`daily backup ${made.file}`),
      (error: unknown) => log.error('daily backup failed', error),
    );
  const backupTimer = setInterval(() => void dailyBackup(), BACKUP_CHECK_MS);
  app.on('will-quit', () => {
    reminders.stop();
    clearInterval(refreshTray);
    clearInterval(backupTimer);
  });
  // After the window is up, off the main thread: every page checked, without delaying the first screen.
  const problems = await checkIntegrityInBackground(file, live().key).catch((error: unknown) => {
    log.error('background integrity check failed', error);
    return [];
  });
  if (problems.length > 0) {
    // A damaged file is not backed up over good backups; the next open sets it aside and offers the newest good one.
    clearInterval(backupTimer);
    log.error(`database damaged: ${problems.join('; ')}`);
    void dialog.showMessageBox({
      type: 'warning',
      title: 'Ask After',
      message: 'Ask After found damage in its database',
      detail: `${problems[0] ?? ''}\n\nWhat you see may be incomplete. Quit and reopen Ask After: it will set the damaged file aside and offer to restore the newest good backup.`,
      buttons: ['OK'],
      noLink: true,
    });
  } else {
    await dailyBackup();
  }

  function menuActions() {
    const onBriefing = () => Boolean(window && /#\/visits\/\d+\/briefing/.test(window.webContents.getURL()));
    const needBriefing = async () => {
      await dialog.showMessageBox({ type: 'info', title: 'Ask After', message: 'Open a briefing first', detail: 'Open a visit’s briefing (b on Home opens the next one), then print it or save it as a PDF.' });
    };
    return {
      backUpNow: async () => {
        const made = await shellCall('backups:create', {});
        await dialog.showMessageBox({
          type: made.ok ? 'info' : 'error',
          title: 'Ask After',
          message: made.ok ? 'Backed up' : 'The backup could not be made',
          detail: made.ok ? (made.value as { file: string }).file : made.error.message,
        });
      },
      importFile: async () => {
        const chosen = await dialog.showOpenDialog({ title: 'Import into Ask After', properties: ['openFile'], filters: [{ name: 'Contacts, calendars, exports', extensions: ['vcf', 'ics', 'csv', 'json'] }] });
        if (chosen.canceled || chosen.filePaths.length === 0) return;
        inbox.add(chosen.filePaths);
        showOpenedFiles();
      },
      exportData: () => shell.show?.('/data'),
      printBriefing: () => (onBriefing() ? window?.webContents.print({ pageSize: 'A4', printBackground: true }) : void needBriefing()),
      saveBriefingPdf: async () => {
        const w = window;
        if (!w || !onBriefing()) return needBriefing();
        const file = await saveAsPdf(
          {
            printToPDF: (options) => w.webContents.printToPDF(options),
            chooseFile: async (defaultName) => {
              const picked = await dialog.showSaveDialog(w, { title: 'Save briefing as PDF', defaultPath: defaultName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
              return picked.canceled ? undefined : picked.filePath;
            },
          },
          pdfFileName(w.getTitle(), localDateOf(new Date(), machineTimeZone())),
        ).catch(async (error: unknown) => {
          await dialog.showMessageBox({ type: 'error', title: 'Ask After', message: 'The PDF could not be saved', detail: (error as Error).message });
          return undefined;
        });
        if (file) log.info(`briefing saved as ${file}`);
      },
      quickNote: () => capture.show(),
      showShortcuts: () => shell.show?.('/?help=shortcuts'),
      settings: () => shell.show?.('/settings'),
      about: () => app.showAboutPanel(),
    };
  }
}
