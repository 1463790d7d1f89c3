import { BrowserWindow } from 'electron';
import { lockDownContents } from './security.ts';

export interface WindowOptions {
  preload: string;
  /** app://askafter/index.html, or the dev server in development. */
  pageUrl: string;
  isAppUrl: (url: string) => boolean;
  /** Started at login into the tray: load, but do not show. */
  hidden?: boolean;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Ask After',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      // Written out here (not built by a helper) so Electronegativity can read them.
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  lockDownContents(window.webContents, options.isAppUrl);
  if (!options.hidden) window.once('ready-to-show', () => window.show());
  void window.loadURL(options.pageUrl);
  return window;
}

/** The small quick-capture window: same preload and sandbox, its own route, on top. */
export function createCaptureWindow(options: Omit<WindowOptions, 'hidden'>): BrowserWindow {
  const window = new BrowserWindow({
    // Tall enough for the read-back card without scrolling.
    width: 540,
    height: 760,
    show: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    title: 'Quick note — Ask After',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      // Written out here (not built by a helper) so Electronegativity can read them.
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  lockDownContents(window.webContents, options.isAppUrl);
  void window.loadURL(`${options.pageUrl}#/capture`);
  return window;
}
