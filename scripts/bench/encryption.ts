import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../../db/connection.ts';
import { keyFromText } from '../../db/encryption.ts';
import { createDispatcher } from '../../db/handlers/index.ts';
import { cacheDir, NOW, TZ } from './databases.ts';
import { pair, print } from './harness.ts';

type Call = ReturnType<typeof createDispatcher>;

const benchKey = keyFromText('b7'.repeat(32));

/** The cached plaintext database converted once to an encrypted copy (SQLCipher 4, a raw key as the app uses). */
async function encryptedCopyOf(plain: string): Promise<string> {
  const cached = plain.replace(/\.sqlite$/, '-encrypted.sqlite');
  if (existsSync(cached)) return cached;
  const building = `${cached}.building`;
  const scratchBackups = join(cacheDir, 'backups-encrypted');
  copyFileSync(plain, building);
  const converting = await openStore({ file: building, key: benchKey, backupDir: scratchBackups });
  converting.close();
  rmSync(scratchBackups, { recursive: true, force: true });
  renameSync(building, cached);
  return cached;
}

/**
 * Encryption at rest, side by side: the same briefing and dashboard calls on the plain and the
 * encrypted copy, interleaved call by call so both see the same load. Target: ≤ 15% more.
 */
export async function benchEncryption(plainStore: Store, call: Call, plainFile: string, backupDir: string): Promise<void> {
  const file = join(cacheDir, `bench-encrypted-${process.pid}.sqlite`);
  copyFileSync(await encryptedCopyOf(plainFile), file);
  try {
    const encrypted = await openStore({ file, key: benchKey, backupDir });
    const encryptedCall = createDispatcher(encrypted, () => NOW);
    const planned = (plainStore.sqlite.prepare("select id from visits where status = 'planned' and starts_at >= ? order by starts_at limit 200").all(NOW.toISOString()) as { id: number }[]).map((r) => r.id);
    const briefingOn = (c: Call) => (i: number) => {
      const r = c('briefing:forVisit', { id: planned[i % planned.length]!, timeZone: TZ });
      if (!r.ok) throw new Error(r.error.message);
    };
    const dashboardOn = (c: Call) => () => {
      const r = c('dashboard:get', { timeZone: TZ });
      if (!r.ok) throw new Error(r.error.message);
    };
    const briefing = pair('briefing for a visit: encrypted vs plain (target ratio ≤ 1.15)', briefingOn(encryptedCall), briefingOn(call), { floorName: 'plain' });
    const dashboard = pair('dashboard for a week: encrypted vs plain (target ratio ≤ 1.15)', dashboardOn(encryptedCall), dashboardOn(call), { floorName: 'plain', batch: 40 });
    print({ name: 'encryption cost (median of per-pair ratios, %)', briefing: Number(((briefing.ratio_median - 1) * 100).toFixed(1)), dashboard: Number(((dashboard.ratio_median - 1) * 100).toFixed(1)), target: '<= 15' });
    encrypted.close();
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}
