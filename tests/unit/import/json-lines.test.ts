import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linesOfFile, linesOfText } from '../../../db/import/json-lines.ts';

describe('reading an export a line at a time from its file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-lines-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const fromFile = (content: string | Buffer): string[] => {
    const path = join(dir, 'export.json');
    writeFileSync(path, content);
    return [...linesOfFile(path)];
  };

  it('gives the same lines as the text read whole: BOM, CRLF, blank lines, no newline at the end', () => {
    for (const text of ['\uFEFF{\n  "a": 1,\r\n\n}\n', '{\r\n}', 'one', '', '\n\n', 'a\r\nb\rc\n']) {
      expect(fromFile(text), JSON.stringify(text)).toEqual([...linesOfText(text)]);
    }
  });

  it('keeps characters of several bytes whole where the reads are cut, and lines longer than a read', () => {
    // Lines of various lengths, so the megabyte reads end inside 2-, 3- and 4-byte characters.
    const lines: string[] = [];
    for (let i = 0; i < 4000; i++) lines.push(`      {"id":${i},"name":"${'Zoë Ångström 日本語 🎉 '.repeat(1 + (i % 37))}"},`);
    lines.push(`      {"notes":"${'é'.repeat(3 * 2 ** 20)}"}`);
    lines.push('    ]');
    const text = lines.join('\n');
    const read = fromFile(text);
    expect(read.length).toBe(lines.length);
    expect(read).toEqual(lines);
  });

  it('reads bytes that are not UTF-8 as the text decoder would', () => {
    const bytes = Buffer.concat([Buffer.from('{\n'), Buffer.from([0x22, 0xff, 0xc3, 0x22, 0x0a]), Buffer.from('}\n')]);
    expect(fromFile(bytes)).toEqual([...linesOfText(new TextDecoder().decode(bytes))]);
  });
});
