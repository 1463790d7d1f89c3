import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCaller, type AppCaller } from '../../../db/handlers/caller.ts';
import type { Store } from '../../../db/connection.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';

let store: TempStore;
let call: AppCaller;
let live: Store;

describe('backups:restore through the app caller', () => {
  beforeEach(async () => {
    store = await tempStore();
    live = store;
    call = createAppCaller(store, undefined, { onStoreReplaced: (next) => (live = next) });
  });
  afterEach(() => {
    live.close();
    store.dispose();
  });

  it('restores a listed backup after backing up the current data, and the caller reads the restored data', async () => {
    await call('clients:create', { name: 'Smith Dental' });
    const backup = (await call('backups:create', {})) as { ok: true; value: { file: string } };
    await call('clients:create', { name: 'Park Lane Vets' });
    const restored = (await call('backups:restore', { file: backup.value.file })) as { ok: true; value: { restored: { file: string }; safetyBackup: { reason: string; counts: { clients: number } } } };
    expect(restored).toMatchObject({ ok: true, value: { restored: { file: backup.value.file }, safetyBackup: { reason: 'pre-restore', counts: { clients: 2 } } } });
    expect(live).not.toBe(store);
    expect(await call('clients:list', {})).toMatchObject({ ok: true, value: [{ name: 'Smith Dental' }] });
  });

  it('refuses any file that is not in the backups list, and changes nothing', async () => {
    await call('clients:create', { name: 'Smith Dental' });
    for (const file of [store.file, '/etc/passwd', `${store.dir}/../elsewhere.sqlite`]) {
      expect(await call('backups:restore', { file })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'That backup is not in the backups folder any more. Choose one from the list.' } });
    }
    expect(await call('backups:restore', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(live).toBe(store);
    expect(await call('clients:list', {})).toMatchObject({ ok: true, value: [{ name: 'Smith Dental' }] });
  });
});
