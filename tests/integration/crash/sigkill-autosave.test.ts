import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../db/connection.ts';
import { createDispatcher } from '../../../db/handlers/index.ts';

const CHILD = resolve(import.meta.dirname, 'autosave-child.ts');
const RUNS = 8;

/** Starts the autosaving child, kills it with SIGKILL after `afterAcks` saves, returns the last save it acknowledged. */
function autosaveThenKill(file: string, visitId: number, afterAcks: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    // One process (node --import tsx), not the tsx CLI, which would leave a grandchild running after the kill.
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(visitId)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = 0;
    let buffered = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) lastAck = Number(line.slice(4));
      if (lastAck >= afterAcks) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolvePromise(lastAck) : reject(new Error(`child ended without being killed: ${stderr}`))));
  });
}

describe('crash safety of autosave', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-crash-'));
    file = join(dir, 'askafter.sqlite');
    const store = await openStore({ file });
    const call = createDispatcher(store);
    call('clients:create', { name: 'Crash Test Dental' });
    call('visits:create', { clientId: 1, startsAt: '2026-11-25T09:00:00Z' });
    store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps every acknowledged save through ${RUNS} SIGKILLs at random points`, async () => {
    for (let run = 0; run < RUNS; run++) {
      const acked = await autosaveThenKill(file, 1, 1 + Math.floor(Math.random() * 250));
      const sqlite = new Database(file);
      try {
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        const { notes } = sqlite.prepare('select notes from visits where id = 1').get() as { notes: string };
        const saved = Number(/notes typed so far: (\d+)/.exec(notes)?.[1]);
        expect(saved, `run ${run}: acknowledged ${acked}, found ${saved}`).toBeGreaterThanOrEqual(acked);
      } finally {
        sqlite.close();
      }
    }
  }, 120_000);
});
