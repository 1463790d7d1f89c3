/** Tables → CSV (RFC 4180): CRLF rows, fields quoted when they must be, a BOM so Excel reads UTF-8. */

export type CsvCell = string | number | boolean | null;

const BOM = '\uFEFF';

/** Quoted when it holds a comma, quote or line break, or starts or ends with a space (spreadsheets trim those). */
export function csvField(value: CsvCell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers, ...rows].map((cells) => cells.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
