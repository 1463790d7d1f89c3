import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCaller, type AppCaller } from '../../../db/handlers/caller.ts';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { SAMPLE_SIZES } from '../../../db/sample/sizes.ts';
import { placeFor, startTransfer } from '../../../db/transfer/jobs.ts';
import type { TransferProgress, TransferStatus } from '../../../src/contract/async-channels.ts';
import { contactsVCard } from '../../../scripts/bench/contacts-file.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

const NOW = '2026-11-25T09:00:00.000Z';

/** Calls an async channel and unwraps it. */
async function value<T>(call: AppCaller, channel: string, input: unknown): Promise<T> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Polls a job as the UI does until it is no longer running; every progress seen on the way. */
async function finished(call: AppCaller, jobId: string): Promise<{ status: TransferStatus; seen: TransferProgress[] }> {
  const seen: TransferProgress[] = [];
  for (;;) {
    const status = await value<TransferStatus>(call, 'transfer:status', { jobId });
    if (status.state !== 'running') return { status, seen };
    if (status.progress) seen.push(status.progress);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('imports and exports run as jobs beside the UI', { timeout: 180_000 }, () => {
  let store: TempStore;
  let call: AppCaller;
  beforeEach(async () => {
    store = await tempStore();
    // In a worker whatever the size, as a large file would be.
    call = createAppCaller(store, fixedClock(NOW), { transfersIn: 'worker' });
  });
  afterEach(() => store.dispose());

  it('imports contacts in a worker thread, answering other calls meanwhile, and reports progress', async () => {
    const { jobId } = await value<{ jobId: string }>(call, 'transfer:start', { channel: 'import:apply', input: { text: contactsVCard(1500), fileName: 'contacts.vcf' } });
    // The thread that serves the UI still answers while the import runs.
    expect(await value<unknown[]>(call, 'clients:list', {})).toBeInstanceOf(Array);
    const { status } = await finished(call, jobId);
    expect(status).toMatchObject({ state: 'done', value: { format: 'vcard', created: { person: 1500 } } });
    expect(countRows(store, 'people')).toBe(1500);
    // The safety backup was taken before the job started.
    expect(readdirSync(join(store.dir, 'backups')).some((name) => name.includes('pre-import'))).toBe(true);
  });

  it('a cancelled import writes nothing', async () => {
    const { jobId } = await value<{ jobId: string }>(call, 'transfer:start', { channel: 'import:apply', input: { text: contactsVCard(1500), fileName: 'contacts.vcf' } });
    await value(call, 'transfer:cancel', { jobId });
    const { status } = await finished(call, jobId);
    expect(status).toMatchObject({ state: 'failed', error: { code: 'cancelled', message: 'The import was cancelled; nothing was written.' } });
    expect(countRows(store, 'people')).toBe(0);
    expect(countRows(store, 'clients')).toBe(0);
  });

  it('exports the whole database to a file in a worker, and a cancelled export leaves no file', async () => {
    generateSampleData(store.sqlite, SAMPLE_SIZES.sample, new Date(NOW));
    const out = join(store.dir, 'everything.json');
    const progress: TransferProgress[] = [];
    const done = await startTransfer(store, fixedClock(NOW), { kind: 'export-json-file', out }, (p) => progress.push(p)).done;
    expect(done).toMatchObject({ ok: true, value: { clients: 40, people: 200 } });
    expect(progress[0]).toMatchObject({ done: 0, phase: 'writing' });

    const cancelledOut = join(store.dir, 'cancelled.json');
    const running = startTransfer(store, fixedClock(NOW), { kind: 'export-json-file', out: cancelledOut }, () => undefined);
    running.cancel();
    expect(await running.done).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'The export was cancelled; no file was written.' } });
    expect(existsSync(cancelledOut)).toBe(false);
    expect(existsSync(`${cancelledOut}.partial`)).toBe(false);
  });

  it('runs small imports and exports on the calling thread, and large ones in a worker', async () => {
    expect(placeFor(store, { kind: 'channel', channel: 'import:preview', input: { text: contactsVCard(3) } })).toBe('here');
    expect(placeFor(store, { kind: 'channel', channel: 'import:preview', input: { text: contactsVCard(3000) } })).toBe('worker');
    expect(placeFor(store, { kind: 'channel', channel: 'export:json', input: {} })).toBe('here');
    // Small work answers the same way, without a thread.
    const here = createAppCaller(store, fixedClock(NOW));
    const { jobId } = await value<{ jobId: string }>(here, 'transfer:start', { channel: 'import:apply', input: { text: contactsVCard(3), fileName: 'contacts.vcf' } });
    expect((await finished(here, jobId)).status).toMatchObject({ state: 'done', value: { created: { person: 3 } } });
  });

  it('runs one job at a time, and refuses channels that are not imports or exports', async () => {
    const { jobId } = await value<{ jobId: string }>(call, 'transfer:start', { channel: 'export:json', input: {} });
    const second = await call('transfer:start', { channel: 'export:vcard', input: {} });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/still running/) } });
    await finished(call, jobId);
    expect(await call('transfer:start', { channel: 'clients:delete', input: { id: 1 } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('a JSON export that fails half-way leaves no file behind', () => {
    writeFileSync(join(store.dir, 'in-the-way'), 'a file, not a folder');
    const out = join(store.dir, 'in-the-way', 'export.json');
    return startTransfer(store, fixedClock(NOW), { kind: 'export-json-file', out }, () => undefined).done.then(
      (result) => {
        expect(result.ok).toBe(false);
        expect(existsSync(`${out}.partial`)).toBe(false);
      },
      () => expect(existsSync(`${out}.partial`)).toBe(false),
    );
  });
});
