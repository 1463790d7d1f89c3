/**
 * Reads a JSON export as the app writes it (`exportText`: one row per line) a line at a time,
 * from its text or straight from the file, so a large export is never held whole. Anything laid
 * out differently (re-indented, minified, edited by hand) throws NotOurLayout, and the caller
 * reads it whole instead.
 */
import { closeSync, openSync, readSync } from 'node:fs';

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

/**
 * UTF-8 lines of a file, read a megabyte at a time into one buffer that is reused. Lines are cut
 * from the bytes (a newline byte is never part of a longer UTF-8 character) and each is decoded
 * on its own, so no string holds more than a line: a line cut out of a decoded megabyte would
 * keep that whole megabyte alive as long as the line, and those megabytes, each living past a
 * garbage collection or two, pile up in the heap.
 */
export function* linesOfFile(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(1 << 20);
    let filled = 0;
    let first = true;
    for (;;) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, null);
      filled += n;
      const bytes = buffer.subarray(0, filled);
      let start = 0;
      if (first && filled >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
      first = false;
      for (let end = bytes.indexOf(10, start); end !== -1; end = bytes.indexOf(10, start)) {
        yield bytes.toString('utf8', start, end > start && bytes[end - 1] === 13 ? end - 1 : end);
        start = end + 1;
      }
      if (n === 0) {
        if (start < filled) yield bytes.toString('utf8', start, filled);
        break;
      }
      // The line not yet ended goes to the front; a line longer than the buffer doubles it.
      buffer.copyWithin(0, start, filled);
      filled -= start;
      if (filled === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
    }
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
