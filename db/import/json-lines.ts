/**
 * Reads a JSON export as the app writes it (`exportText`: one row per line) a line at a time,
 * from its text or straight from the file, so a large export is never held whole. Anything laid
 * out differently (re-indented, minified, edited by hand) throws NotOurLayout, and the caller
 * reads it whole instead.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export class NotOurLayout extends Error {}

export type ExportPiece =
  | { kind: 'header'; header: Record<string, unknown> }
  | { kind: 'table'; table: string }
  | { kind: 'row'; table: string; index: number; row: unknown };

export function* linesOfText(text: string): Generator<string> {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    yield text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
  }
}

/** UTF-8 lines of a file, read a megabyte at a time. */
export function* linesOfFile(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.alloc(1 << 20);
    let carry = '';
    let first = true;
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      let text = carry + (n === 0 ? decoder.end() : decoder.write(buffer.subarray(0, n)));
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        yield text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
        start = end + 1;
      }
      carry = text.slice(start);
      if (n === 0) break;
    }
    if (carry !== '') yield carry;
  } finally {
    closeSync(fd);
  }
}

const HEADER = /^ {2}"(\w+)": (.+?),$/;
const TABLE = /^ {4}"(\w+)": \[(\],?)?$/;
const ROW = /^ {6}(\{.*\}),?$/;
const TABLE_END = /^ {4}\],?$/;

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new NotOurLayout();
  }
}

/** The header (before any row), then each table and its rows, in the file's order. */
export function* exportPieces(lines: Iterable<string>): Generator<ExportPiece> {
  const iterator = lines[Symbol.iterator]();
  const next = (): string | undefined => {
    const r = iterator.next();
    return r.done ? undefined : r.value;
  };
  if (next() !== '{') throw new NotOurLayout();
  const header: Record<string, unknown> = {};
  let line = next();
  for (; line !== undefined && line !== '  "data": {'; line = next()) {
    const m = HEADER.exec(line);
    if (!m) throw new NotOurLayout();
    header[m[1]!] = parsed(m[2]!);
  }
  if (line === undefined) throw new NotOurLayout();
  yield { kind: 'header', header };
  for (line = next(); line !== undefined && line !== '  }'; line = next()) {
    const open = TABLE.exec(line);
    if (!open) throw new NotOurLayout();
    const table = open[1]!;
    yield { kind: 'table', table };
    if (open[2]) continue;
    let index = 0;
    for (line = next(); line !== undefined && !TABLE_END.test(line); line = next()) {
      const row = ROW.exec(line);
      if (!row) throw new NotOurLayout();
      yield { kind: 'row', table, index: index++, row: parsed(row[1]!) };
    }
    if (line === undefined) throw new NotOurLayout();
  }
  if (line === undefined || next() !== '}') throw new NotOurLayout();
  for (line = next(); line !== undefined; line = next()) if (line.trim() !== '') throw new NotOurLayout();
}

/** The same pieces from a file read whole and parsed (any layout). */
export function* piecesOfParsed(raw: Record<string, unknown>): Generator<ExportPiece> {
  const { data, ...header } = raw;
  yield { kind: 'header', header: { ...header, ...(data === undefined ? {} : { data: null }) } };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  for (const [table, rows] of Object.entries(data)) {
    yield { kind: 'table', table };
    if (Array.isArray(rows)) for (const [index, row] of rows.entries()) yield { kind: 'row', table, index, row };
  }
}
