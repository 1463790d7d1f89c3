/**
 * Content lines of vCard (2.1, 3.0, 4.0) and iCalendar: unfolding and the
 * `group.NAME;PARAM=a,b:value` syntax.
 */
import { splitLines } from './text.ts';

export interface ContentLine {
  /** First physical line of the property, 1-based. */
  line: number;
  group?: string;
  /** Upper-case property name. */
  name: string;
  /** Upper-case parameter names → values; 2.1 bare parameters land in TYPE or ENCODING. */
  params: Map<string, string[]>;
  value: string;
}

export interface RawLine {
  line: number;
  text: string;
}

const QP_HEAD = /^[^:]*;\s*(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*[;:]/i;
const BASE64_HEAD = /^[^:]*;\s*(?:ENCODING\s*=\s*)?(?:BASE64|B)\s*[;:]/i;
const BASE64_DATA = /^[A-Za-z0-9+/=]+$/;

/**
 * Joins folded lines. Besides RFC folding (a line starting with space or TAB) this follows
 * vCard 2.1 habits: a quoted-printable value ending in `=` continues on the next line
 * whatever it starts with (even when that line is empty), and 2.1 base64 may continue
 * without indentation. Empty lines elsewhere are skipped without ending the property,
 * because some exporters put one before an indented continuation.
 */
export function unfold(text: string): RawLine[] {
  const out: RawLine[] = [];
  let current: { line: number; parts: string[]; qp: boolean; base64: boolean } | undefined;
  const flush = (): void => {
    if (current) out.push({ line: current.line, text: current.parts.join('') });
    current = undefined;
  };
  splitLines(text).forEach((physical, index) => {
    const lastPart = current?.parts[current.parts.length - 1] ?? '';
    if (current?.qp && lastPart.endsWith('=')) {
      current.parts[current.parts.length - 1] = lastPart.slice(0, -1);
      current.parts.push(physical);
      return;
    }
    if (physical === '') return;
    if (current && (physical[0] === ' ' || physical[0] === '\t')) {
      current.parts.push(physical.slice(1));
      return;
    }
    if (current?.base64 && !physical.includes(':') && BASE64_DATA.test(physical)) {
      current.parts.push(physical);
      return;
    }
    flush();
    current = { line: index + 1, parts: [physical], qp: QP_HEAD.test(physical), base64: BASE64_HEAD.test(physical) };
  });
  flush();
  return out;
}

const KNOWN_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits on `sep` outside double quotes. */
function splitOutsideQuotes(text: string, sep: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === sep && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** RFC 6868 caret escapes in parameter values. */
const decodeCaret = (s: string): string => s.replace(/\^([n'^])/g, (_m, c: string) => (c === 'n' ? '\n' : c === "'" ? '"' : '^'));

function parseParams(segments: string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const add = (key: string, values: string[]): void => {
    params.set(key, [...(params.get(key) ?? []), ...values]);
  };
  for (const segment of segments) {
    const eq = segment.indexOf('=');
    if (eq < 0) {
      const bare = segment.trim().toUpperCase();
      if (bare !== '') add(KNOWN_ENCODINGS.has(bare) ? 'ENCODING' : 'TYPE', [bare]);
      continue;
    }
    const key = segment.slice(0, eq).trim().toUpperCase();
    const values = splitOutsideQuotes(segment.slice(eq + 1), ',').map((v) => decodeCaret(v.trim().replace(/^"(.*)"$/s, '$1')));
    add(key, values);
  }
  return params;
}

const NAME = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$/;

/** Parses one unfolded line; undefined when it is not a property at all. */
export function parseContentLine(raw: RawLine): ContentLine | undefined {
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < raw.text.length; i++) {
    const c = raw.text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return undefined;
  const [head = '', ...paramSegments] = splitOutsideQuotes(raw.text.slice(0, colon), ';');
  const name = NAME.exec(head.trim());
  if (!name?.[2]) return undefined;
  const line: ContentLine = { line: raw.line, name: name[2].toUpperCase(), params: parseParams(paramSegments), value: raw.text.slice(colon + 1) };
  if (name[1]) line.group = name[1].toLowerCase();
  return line;
}

/** Splits a value on an unescaped separator, keeping the escapes for the next step. */
export function splitEscaped(value: string, sep: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === sep) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/**
 * Backslash escapes. 3.0/4.0 escape `\n \, \; \\` and exporters add others (`\:` `\"`),
 * so any escaped character stands for itself. vCard 2.1 only escapes `;`.
 */
export function unescapeText(value: string, version: string): string {
  if (version === '2.1') return value.replace(/\\;/g, ';');
  return value.replace(/\\(.)/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Quoted-printable to bytes; a malformed `=` escape is kept as text. */
export function decodeQuotedPrintable(value: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const hex = value.slice(i + 1, i + 3);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      // Not valid QP, but exporters do it: keep the character as UTF-8 bytes.
      for (const b of encodeUtf8Char(value.codePointAt(i) ?? c)) bytes.push(b);
      if (c >= 0xd800 && c <= 0xdbff) i++;
    }
  }
  return bytes;
}

function encodeUtf8Char(cp: number): number[] {
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}
