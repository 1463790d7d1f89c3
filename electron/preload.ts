import { contextBridge, ipcRenderer } from 'electron';
import { ASYNC_CHANNEL_NAMES, CHANNEL_NAMES } from '../src/contract/channel-names.ts';

// One narrow object, one method per channel; ipcRenderer itself never reaches the page.
const api = Object.fromEntries([...CHANNEL_NAMES, ...ASYNC_CHANNEL_NAMES].map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]));

contextBridge.exposeInMainWorld('askafter', Object.freeze(api));
