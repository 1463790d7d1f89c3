import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

/** A stand-in for the parts of electron we use: it records what main asked of it. */
export function createFakeElectron() {
  const emitter = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on: vi.fn((event: string, listener: Listener) => {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      }),
      once: vi.fn((event: string, listener: Listener) => {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      }),
      emit(event: string, ...args: unknown[]) {
        for (const listener of listeners.get(event) ?? []) listener(...args);
      },
    };
  };

  const windows: FakeWindow[] = [];
  class FakeWindow {
    options: { webPreferences: Record<string, unknown> };
    events = emitter();
    on = this.events.on;
    once = this.events.once;
    webContents = {
      ...emitter(),
      url: '',
      getURL: () => this.webContents.url,
      print: vi.fn(),
      printToPDF: vi.fn(async (_options: unknown) => new TextEncoder().encode('%PDF-1.7 fake')),
      windowOpenHandler: undefined as undefined | ((details: unknown) => unknown),
      setWindowOpenHandler(handler: (details: unknown) => unknown) {
        this.windowOpenHandler = handler;
      },
    };
    loadFile = vi.fn(async () => undefined);
    loadURL = vi.fn(async (_url: string) => undefined);
    visible = false;
    focused = false;
    destroyed = false;
    show = vi.fn(() => {
      this.visible = true;
    });
    hide = vi.fn(() => {
      this.visible = false;
    });
    focus = vi.fn(() => {
      this.focused = true;
    });
    restore = vi.fn();
    isMinimized = () => false;
    isVisible = () => this.visible;
    isFocused = () => this.focused;
    isDestroyed = () => this.destroyed;
    getTitle = () => 'Ask After';
    constructor(options: { webPreferences: Record<string, unknown> }) {
      this.options = options;
      windows.push(this);
    }
    static getAllWindows = () => windows;
  }

  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const permissionHandlers: { request?: (...args: unknown[]) => void; check?: (...args: unknown[]) => boolean } = {};
  const requestFilter: { handler?: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void } = {};
  const appEvents = emitter();
  const notifications: FakeNotification[] = [];
  class FakeNotification {
    events = emitter();
    on = this.events.on;
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      notifications.push(this);
    }
    show = vi.fn(() => {
      this.shown = true;
    });
    static isSupported = vi.fn(() => true);
  }
  const trays: FakeTray[] = [];
  class FakeTray {
    events = emitter();
    on = this.events.on;
    menu: unknown;
    destroyed = false;
    constructor(readonly image: unknown) {
      trays.push(this);
    }
    setToolTip = vi.fn();
    setContextMenu = vi.fn((menu: unknown) => {
      this.menu = menu;
    });
    destroy = vi.fn(() => {
      this.destroyed = true;
    });
  }
  const shortcuts = new Map<string, () => void>();
  const takenShortcuts = new Set<string>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const powerMonitor = emitter();
  const app = {
    ...appEvents,
    isPackaged: false,
    gotLock: true,
    requestSingleInstanceLock: vi.fn(() => app.gotLock),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(async () => undefined),
    getPath: vi.fn(() => '/tmp/askafter-fake-userdata'),
    getAppPath: vi.fn(() => process.cwd()),
    setAppUserModelId: vi.fn(),
    showAboutPanel: vi.fn(),
    setLoginItemSettings: vi.fn(),
  };

  return {
    app,
    notifications,
    trays,
    shortcuts,
    takenShortcuts,
    protocolHandlers,
    powerMonitor,
    windows,
    handlers,
    permissionHandlers,
    requestFilter,
    module: {
      app,
      BrowserWindow: FakeWindow,
      ipcMain: { handle: vi.fn((channel: string, handler: (event: unknown, input: unknown) => unknown) => handlers.set(channel, handler)) },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
      dialog: {
        showErrorBox: vi.fn(),
        showMessageBox: vi.fn(async (_options: { buttons?: string[]; message?: string; detail?: string }) => ({ response: 0 })),
        showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
        showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      },
      Notification: FakeNotification,
      Tray: FakeTray,
      // No OS keychain on these machines: the first start offers a passphrase (see declinedPassphrase; passphrase-startup.test.ts covers both).
      safeStorage: {
        isAsyncEncryptionAvailable: vi.fn(async () => false),
        encryptStringAsync: vi.fn(async (text: string) => Buffer.from(text)),
        decryptStringAsync: vi.fn(async (data: Buffer) => ({ result: data.toString(), shouldReEncrypt: false })),
        getSelectedStorageBackend: vi.fn(() => 'basic_text'),
      },
      shell: { openExternal: vi.fn(async (_url: string) => undefined) },
      nativeImage: { createFromPath: vi.fn((path: string) => ({ path })) },
      powerMonitor,
      globalShortcut: {
        register: vi.fn((accelerator: string, callback: () => void) => {
          if (takenShortcuts.has(accelerator)) return false;
          shortcuts.set(accelerator, callback);
          return true;
        }),
        unregister: vi.fn((accelerator: string) => shortcuts.delete(accelerator)),
        unregisterAll: vi.fn(() => shortcuts.clear()),
      },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(),
        handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler)),
      },
      // Electron's net.fetch reads file: URLs; Node's fetch does not.
      net: { fetch: vi.fn(async (url: string) => new Response(await readFile(fileURLToPath(url)))) },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => {
            permissionHandlers.request = handler;
          },
          setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
            permissionHandlers.check = handler;
          },
          webRequest: {
            onBeforeRequest: (handler: typeof requestFilter.handler) => {
              requestFilter.handler = handler;
            },
          },
        },
      },
      contextBridge: { exposeInMainWorld: vi.fn() },
      ipcRenderer: { invoke: vi.fn(async (channel: string, input: unknown) => ({ channel, input })) },
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/**
 * These machines have no OS keychain, so a first start would offer a passphrase and wait for
 * the page's answer. Tests of other things start as someone who said no to it before.
 */
export function declinedPassphrase(databaseFolder: string): void {
  writeFileSync(join(databaseFolder, 'database-key.json'), '{"protection":"none"}\n', { mode: 0o600 });
}
