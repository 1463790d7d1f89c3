import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, foldLine, paramValue } from '../../../src/export/content-line.ts';
import { parseContentLine, unescapeText, unfold } from '../../../src/import/content-lines.ts';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

/** What the project's own reader makes of one written property. */
function readBack(written: string) {
  const [line, ...rest] = unfold(written);
  expect(rest).toEqual([]);
  return parseContentLine(line!);
}

describe('content lines', () => {
  it('folds at 75 octets, counting UTF-8 bytes, with a space starting each continuation', () => {
    const folded = foldLine(`NOTE:${'é'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`NOTE:${'é'.repeat(100)}`);
  });

  it('never splits a character, even one of four bytes', () => {
    const text = `SUMMARY:${'x'.repeat(72)}😀${'ü'.repeat(40)}`;
    for (const line of foldLine(text).split('\r\n')) {
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(line).not.toMatch(/^ ?[\uDC00-\uDFFF]/);
    }
  });

  it('leaves a short line alone', () => {
    expect(foldLine('FN:Sue Baker')).toBe('FN:Sue Baker');
  });

  it('escapes backslashes, commas, semicolons and line breaks, and drops control characters', () => {
    expect(escapeText('a\\b, c; d\r\ne\rf\ng\u0007')).toBe('a\\\\b\\, c\\; d\\ne\\nf\\ng');
  });

  it('quotes parameter values that need it and caret-encodes what quotes cannot hold', () => {
    expect(paramValue('home')).toBe('home');
    expect(paramValue('a:b')).toBe('"a:b"');
    expect(paramValue('say "hi"\nthen^')).toBe("say ^'hi^'^nthen^^");
  });

  it('reads back as written, through the project\'s own vCard reader, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (value, label) => {
        const parsed = readBack(contentLine('NOTE', escapeText(value), { TYPE: label }));
        expect(parsed?.name).toBe('NOTE');
        const expected = value.replace(/\r\n|\r/g, '\n').replace(/[^\P{Cc}\t\n]/gu, '');
        expect(unescapeText(parsed?.value ?? '', '4.0')).toBe(expected);
        const param = label.replace(/\r\n|\r/g, '\n').replace(/[^\P{Cc}\t\n]/gu, '');
        // Unquoted values lose surrounding blanks, quoted ones (a label with a comma) keep them.
        if (label !== '') expect(parsed?.params.get('TYPE')?.map((v) => v.trim())).toEqual([param.trim()]);
      }),
      { numRuns: 500 },
    );
  });
});
