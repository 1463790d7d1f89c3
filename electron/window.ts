import { BrowserWindow } from 'electron';
import { lockDownContents, secureWebPreferences } from './security.ts';

export interface WindowOptions {
  preload: string;
  rendererIndexFile: string;
  devServerUrl: string | undefined;
  isAppUrl: (url: string) => boolean;
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
    webPreferences: secureWebPreferences(options.preload),
  });
  lockDownContents(window.webContents, options.isAppUrl);
  window.once('ready-to-show', () => window.show());
  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadFile(options.rendererIndexFile);
  return window;
}
