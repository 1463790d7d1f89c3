/**
 * Content lines shared by the vCard 4.0 (RFC 6350) and iCalendar (RFC 5545) writers: text
 * escaping, parameter quoting, and folding at 75 octets with CRLF line breaks.
 */

export const CRLF = '\r\n';

/** Lines longer than this many octets (UTF-8 bytes, line break excluded) are folded. */
const LINE_OCTETS = 75;

const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Control characters are not allowed in either format's text; tabs survive, line breaks are escaped. */
const CONTROL = /[^\P{Cc}\t\n\r]/gu;

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11, RFC 6350 3.4). */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** A parameter value: RFC 6868 caret escapes, and quotes when it holds `:`, `;` or `,`. */
export function paramValue(value: string): string {
  const encoded = value.replace(CONTROL, '').replace(/\^/g, '^^').replace(/\r\n|\r|\n/g, '^n').replace(/"/g, "^'");
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

/**
 * Splits a line into pieces of at most 75 octets, each continuation starting with a space
 * (which counts towards its 75). A character is never split across lines.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > LINE_OCTETS) {
      pieces.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(CRLF);
}

export type Params = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * One folded property line. `value` must already be in the property's value syntax
 * (escaped text, a date, a list joined by commas…).
 */
export function contentLine(name: string, value: string, params: Params = {}): string {
  const head = Object.entries(params)
    .filter((entry): entry is [string, string | readonly string[]] => entry[1] !== undefined && entry[1].length > 0)
    .map(([key, v]) => `;${key}=${(typeof v === 'string' ? [v] : v).map(paramValue).join(',')}`)
    .join('');
  return foldLine(`${name}${head}:${value}`);
}

/** Lines joined with CRLF, ending with one. */
export const joinLines = (lines: readonly string[]): string => `${lines.join(CRLF)}${CRLF}`;

/** 2026-11-25 → 20261125 */
export const basicDate = (date: string): string => date.replaceAll('-', '');

/** A UTC instant in the basic form both formats use: 2026-11-25T09:30:00.000Z → 20261125T093000Z. */
export const basicInstant = (iso: string): string => `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
