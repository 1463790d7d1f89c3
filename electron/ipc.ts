import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../src/contract/channel-names.ts';
import type { Dispatcher } from '../db/handlers/index.ts';

/** Binds every channel to the dispatcher; calls from any frame but our own page are refused. */
export function bindChannels(ipcMain: IpcMain, dispatch: Dispatcher, isAppUrl: (url: string) => boolean): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url)) {
        return { ok: false, error: { code: 'forbidden', message: 'This window is not allowed to use Ask After data.' } };
      }
      return dispatch(channel, input);
    });
  }
}
