import { statSync } from 'node:fs';
import { openStore } from '../../db/connection.ts';
import { createDispatcher } from '../../db/handlers/index.ts';
import { backupDir, NOW, TZ, workingCopy } from './databases.ts';
import { measureAsync } from './harness.ts';

/** Open (migrations a no-op) and the first dashboard, as at start-up, on a copy of `file`. */
export async function benchOpen(label: string, file: string): Promise<void> {
  const copy = workingCopy(file, `open-${label}`);
  try {
    const mb = Math.round(statSync(copy.file).size / 1_048_576);
    await measureAsync(`open → first dashboard (${label}, ${mb} MB)`, 20, async () => {
      const store = await openStore({ file: copy.file, backupDir });
      const r = createDispatcher(store, () => NOW)('dashboard:get', { timeZone: TZ });
      store.close();
      if (!r.ok) throw new Error(r.error.message);
    });
  } finally {
    copy.remove();
  }
}
