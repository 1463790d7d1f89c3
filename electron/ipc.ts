import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ASYNC_CHANNEL_NAMES } from '../src/contract/async-channels.ts';
import { CHANNEL_NAMES } from '../src/contract/channel-names.ts';
import type { AppCaller } from '../db/handlers/caller.ts';

/** Binds every channel to the app's caller; calls from any frame but our own page are refused. */
export function bindChannels(ipcMain: IpcMain, call: AppCaller, isAppUrl: (url: string) => boolean): void {
  for (const channel of [...CHANNEL_NAMES, ...ASYNC_CHANNEL_NAMES]) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url)) {
        return { ok: false, error: { code: 'forbidden', message: 'This window is not allowed to use Ask After data.' } };
      }
      return call(channel, input);
    });
  }
}
