import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExportFile } from '../../../db/export/write-file.ts';

describe('writing an export file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-export-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a device, a folder or a path under a file, writing nothing', () => {
    expect(() => writeExportFile('/dev/null', 'secret')).toThrow(/\/dev\/null is not a regular file .*the export was not written there/);
    mkdirSync(join(dir, 'folder'));
    expect(() => writeExportFile(join(dir, 'folder'), 'secret')).toThrow(/is not a regular file/);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(() => writeExportFile(join(dir, 'notes.txt', 'all.json'), 'secret')).toThrow(/part of the path is a file, not a folder\. Nothing was written/);
    expect(readdirSync(dir).sort()).toEqual(['folder', 'notes.txt']);
    expect(readdirSync(join(dir, 'folder'))).toEqual([]);
  });

  it('leaves no .partial file when the disk fills up, and keeps what was there', () => {
    const target = join(dir, 'all.json');
    writeFileSync(target, 'yesterday');
    const diskFull = (path: string) => {
      writeFileSync(path, 'half of it');
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    expect(() => writeExportFile(target, 'today', { write: diskFull })).toThrow(/could not be written to .*all\.json \(the disk is full\)\. Nothing was left behind/);
    expect(readdirSync(dir)).toEqual(['all.json']);
    expect(readFileSync(target, 'utf8')).toBe('yesterday');
  });

  it.skipIf(process.platform === 'win32')('writes the export owner-only, in an owner-only new folder, over an old export', () => {
    const previous = process.umask(0o022);
    try {
      const target = join(dir, 'exports', 'all.json');
      writeExportFile(target, 'first');
      writeExportFile(target, 'second');
      expect(readFileSync(target, 'utf8')).toBe('second');
      expect(statSync(target).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'exports')).mode & 0o777).toBe(0o700);
      expect(existsSync(`${target}.partial`)).toBe(false);
    } finally {
      process.umask(previous);
    }
  });
});
