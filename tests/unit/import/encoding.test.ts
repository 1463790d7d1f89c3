import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../src/import/index.ts';
import { fixtureBytes } from './fixtures.ts';

const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
};

describe('detectEncoding', () => {
  it('follows byte order marks', () => {
    expect(detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toBe('utf-8');
    expect(detectEncoding(Uint8Array.of(0xff, 0xfe, 0x41, 0x00))).toBe('utf-16le');
    expect(detectEncoding(Uint8Array.of(0xfe, 0xff, 0x00, 0x41))).toBe('utf-16be');
  });

  it('recognises UTF-16 without a BOM by its NUL bytes', () => {
    expect(detectEncoding(fixtureBytes('vcard/utf16be-no-bom.vcf'))).toBe('utf-16be');
    expect(detectEncoding(utf16('BEGIN:VCARD\r\nFN:Łucja\r\n', true))).toBe('utf-16le');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(detectEncoding(fixtureBytes('vcard/v21-raw-windows-1252.vcf'))).toBe('windows-1252');
    expect(detectEncoding(fixtureBytes('csv/outlook-german-windows-1252.csv'))).toBe('windows-1252');
    expect(detectEncoding(new TextEncoder().encode('Zoë Brontë, 12 € 🎂'))).toBe('utf-8');
    // Overlong encoding of "/" and a lone surrogate are not UTF-8.
    expect(detectEncoding(Uint8Array.of(0x41, 0xc0, 0xaf))).toBe('windows-1252');
    expect(detectEncoding(Uint8Array.of(0xed, 0xa0, 0x80))).toBe('windows-1252');
    expect(detectEncoding(new Uint8Array())).toBe('utf-8');
  });

  it('never throws and always names a decoder TextDecoder knows', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const label = detectEncoding(bytes);
        expect(() => new TextDecoder(label).decode(bytes)).not.toThrow();
      }),
    );
  });

  it('round-trips text encoded as UTF-8 or UTF-16', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => !s.includes('\0') && !s.startsWith('\uFEFF'));
    fc.assert(
      fc.property(text, (s) => {
        expect(new TextDecoder(detectEncoding(new TextEncoder().encode(s))).decode(new TextEncoder().encode(s))).toBe(s);
      }),
    );
    fc.assert(
      // Mostly Latin text, as address books and calendars are: that is what the NUL sniffing relies on.
      fc.property(fc.string({ unit: fc.constantFrom(...'ABCabc:;,\r\n ÄöüßŁłŒ€'), minLength: 8, maxLength: 60 }).filter((s) => [...s].filter((c) => c.charCodeAt(0) < 0x100).length >= s.length / 2), fc.boolean(), (s, le) => {
        const bytes = utf16(s, le);
        expect(detectEncoding(bytes)).toBe(le ? 'utf-16le' : 'utf-16be');
      }),
    );
  });
});
