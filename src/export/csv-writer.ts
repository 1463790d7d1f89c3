/** Tables → CSV (RFC 4180): CRLF rows, fields quoted when they must be, a BOM so Excel reads UTF-8. */

export type CsvCell = string | number | boolean | null;

const BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, or a leading tab or
 * carriage return) gets a leading apostrophe, so it shows as the text it is (OWASP CSV injection).
 * Numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quoted when it holds a comma, quote or line break, or starts or ends with a space (spreadsheets trim those). */
export function csvField(value: CsvCell): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers, ...rows].map((cells) => cells.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
