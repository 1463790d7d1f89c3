import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCaller, type AppCaller } from '../../../db/handlers/caller.ts';
import type { BackupList, BackupSummary } from '../../../src/contract/async-channels.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';

describe('backups from the app (async channels)', () => {
  let store: TempStore;
  let call: AppCaller;
  beforeEach(async () => {
    store = await tempStore();
    call = createAppCaller(store);
  });
  afterEach(() => store.dispose());

  it('"Back up now" makes a backup that then appears in the list with its counts', async () => {
    await call('clients:create', { name: 'Smith Dental' });
    const made = await call('backups:create', {});
    expect(made).toMatchObject({ ok: true, value: { reason: 'manual', counts: { clients: 1 } } });
    const listed = (await call('backups:list', undefined)) as { ok: true; value: BackupList };
    expect(listed.value.backups.map((b) => b.file)).toContain((made as { value: BackupSummary }).value.file);
  });

  it('rejects unexpected input before doing anything', async () => {
    expect(await call('backups:create', { dir: '/tmp/elsewhere' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('takes a safety backup before applying an import, and still answers ordinary channels', async () => {
    const before = ((await call('backups:list', {})) as { value: BackupList }).value.backups.length;
    const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Smith\r\nN:Smith;Ann;;;\r\nEND:VCARD\r\n';
    const applied = await call('import:apply', { format: 'vcard', text: vcard });
    expect(applied.ok, JSON.stringify(applied)).toBe(true);
    const after = ((await call('backups:list', {})) as { value: BackupList }).value.backups;
    expect(after.length).toBe(before + 1);
    expect(after[0]?.reason).toBe('pre-import');
  });
});
