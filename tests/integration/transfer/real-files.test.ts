import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../db/import/read-file.ts';
import type { ImportPreview } from '../../../src/contract/schemas/transfer.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { channels, NOW, type Channels } from './helpers.ts';

/** Forty files exported by real products, kept outside the project (their licences vary): read in place, never copied. */
const REAL = '/work/shared/fixtures/real';
const files = existsSync(REAL) ? ['vcard', 'csv', 'ics'].flatMap((dir) => readdirSync(join(REAL, dir)).map((name) => join(REAL, dir, name))) : [];

describe.skipIf(files.length === 0)('importing real exported files', () => {
  let store: TempStore;
  let api: Channels;
  beforeAll(async () => {
    store = await tempStore();
    api = channels(store, fixedClock(NOW));
    api.call('clients:create', { name: 'Smith Dental' });
  });
  afterAll(() => store.dispose());

  it.each(files)('%s previews sensibly or is refused clearly, and never half-writes', (file) => {
    const input = { text: readImportFile(file), fileName: file, timeZone: 'Europe/London', skipErrors: true };
    const preview = api.dispatch('import:preview', input);
    expect(preview.ok, JSON.stringify(preview)).toBe(true);
    if (!preview.ok) return;
    const { records, issues, blockedBy } = preview.value as ImportPreview;
    for (const record of records) expect(record.label.trim()).not.toBe('');
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(20);
    // Something to show: records, or a word on why there are none.
    expect(records.length + issues.length).toBeGreaterThan(0);

    const before = store.sqlite.serialize();
    const applied = api.dispatch('import:apply', input);
    if (blockedBy === null) {
      expect(applied.ok, JSON.stringify(applied)).toBe(true);
      expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
      // Importing it again adds nothing.
      const again = api.dispatch('import:preview', input);
      expect(again.ok && (again.value as ImportPreview).counts.new).toBe(0);
    } else {
      expect(applied).toMatchObject({ ok: false, error: { code: 'invalid_input', message: blockedBy } });
      expect(Buffer.compare(store.sqlite.serialize(), before)).toBe(0);
    }
  });
});
