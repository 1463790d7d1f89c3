import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ASYNC_CHANNEL_NAMES } from '../../../src/contract/async-channels.ts';
import { CHANNEL_NAMES } from '../../../src/contract/channel-names.ts';
import { createFakeElectron, type FakeElectron } from './fake-electron.ts';

let fake: FakeElectron;

describe('the preload', () => {
  beforeEach(() => {
    vi.resetModules();
    fake = createFakeElectron();
    vi.doMock('electron', () => fake.module);
  });

  it('exposes one frozen object with exactly one method per channel, never ipcRenderer', async () => {
    await import('../../../electron/preload.ts');
    expect(fake.module.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = fake.module.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, (input: unknown) => Promise<unknown>>];
    expect(name).toBe('askafter');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, ...ASYNC_CHANNEL_NAMES].sort());
    expect(Object.values(api)).not.toContain(fake.module.ipcRenderer);
    await expect(api['clients:list']!({ includeArchived: true })).resolves.toEqual({ channel: 'clients:list', input: { includeArchived: true } });
  });
});
