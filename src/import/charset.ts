/**
 * Byte → text decoding for the few places where a parser meets raw bytes (quoted-printable
 * values in vCards). Pure code: src/ has no TextDecoder.
 */

/** Code points of bytes 0x80–0x9F in Windows-1252; the rest of the byte range maps to itself. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] ?? b) : b);
  }
  return out;
}

/**
 * Walks strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF), calling `emit`
 * for each code point. Returns false at the first invalid sequence.
 */
function walkUtf8(bytes: ArrayLike<number>, emit?: (codePoint: number) => void): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80) {
      emit?.(b0);
      i += 1;
      continue;
    }
    const length = b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return false;
    let cp = b0 & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const b = bytes[i + k] ?? 0;
      if ((b & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (b & 0x3f);
    }
    const min = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    emit?.(cp);
    i += length;
  }
  return true;
}

export const isValidUtf8 = (bytes: ArrayLike<number>): boolean => walkUtf8(bytes);

/** The text, or undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: ArrayLike<number>): string | undefined {
  const codePoints: number[] = [];
  if (!walkUtf8(bytes, (cp) => codePoints.push(cp))) return undefined;
  let out = '';
  // Chunked so a long value never overflows the argument limit of fromCodePoint.
  for (let i = 0; i < codePoints.length; i += 4096) out += String.fromCodePoint(...codePoints.slice(i, i + 4096));
  return out;
}

const LATIN_CHARSETS = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii']);

export interface DecodedBytes {
  text: string;
  /** Set when we had to guess: the declared charset was unknown or did not fit the bytes. */
  guessed?: string;
}

/**
 * Decodes bytes in the declared charset. Without one, UTF-8 when the bytes allow it, else
 * Windows-1252 (the usual charset of old 8-bit exports).
 */
export function decodeBytes(bytes: ArrayLike<number>, charset: string | undefined): DecodedBytes {
  const name = charset?.trim().toLowerCase();
  if (name !== undefined && LATIN_CHARSETS.has(name)) return { text: decodeWindows1252(bytes) };
  const utf8 = decodeUtf8(bytes);
  if (name === undefined || name === 'utf-8' || name === 'utf8') {
    if (utf8 !== undefined) return { text: utf8 };
    const why = name === undefined ? 'no character set is given and the text is not UTF-8' : 'the text is marked UTF-8 but is not';
    return { text: decodeWindows1252(bytes), guessed: `${why}; read it as Windows-1252, so check accented letters` };
  }
  return utf8 !== undefined
    ? { text: utf8, guessed: `unknown charset "${charset}"; read it as UTF-8` }
    : { text: decodeWindows1252(bytes), guessed: `unknown charset "${charset}"; read it as Windows-1252` };
}
