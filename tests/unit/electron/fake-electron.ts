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
      windowOpenHandler: undefined as undefined | ((details: unknown) => unknown),
      setWindowOpenHandler(handler: (details: unknown) => unknown) {
        this.windowOpenHandler = handler;
      },
    };
    loadFile = vi.fn(async () => undefined);
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
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
  };

  return {
    app,
    windows,
    handlers,
    permissionHandlers,
    requestFilter,
    module: {
      app,
      BrowserWindow: FakeWindow,
      ipcMain: { handle: vi.fn((channel: string, handler: (event: unknown, input: unknown) => unknown) => handlers.set(channel, handler)) },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
      dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async (_options: { buttons: string[] }) => ({ response: 0 })) },
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
