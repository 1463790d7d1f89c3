/** Contact spreadsheets (CSV) → ParsedContact, via papaparse and a column mapping. */
import Papa from 'papaparse';
import { applyMapping } from './csv-apply.ts';
import { detectLayout, suggestMapping } from './csv-mapping.ts';
import { checkText, error, MAX_RECORDS, stripBom, tooManyRecords, warning } from './text.ts';
import type { ColumnMapping, ContactsCsvResult, CsvRow, ImportIssue } from './types.ts';

export interface ContactsCsvOptions {
  /** The user's confirmed mapping, one entry per column; without it we suggest one. */
  mapping?: ColumnMapping;
}

const SAMPLE_ROWS = 5;

export function parseContactsCsv(input: string, options: ContactsCsvOptions = {}): ContactsCsvResult {
  // One line-break style, so papaparse never mistakes a stray CR or LF for data.
  const text = stripBom(input).replace(/\r\n|\r/g, '\n');
  const empty = (issues: ImportIssue[], delimiter = ','): ContactsCsvResult => ({
    contacts: [], issues, layout: 'generic', delimiter, headers: [], mapping: [], needsMapping: false, sampleRows: [],
  });
  const bad = checkText(text, 'spreadsheet');
  if (bad) return empty([bad]);
  const delimiter = detectDelimiter(text);
  const table = readTable(text, delimiter);
  if (!table.headers) return empty(table.issues, delimiter);
  const { headers, rows, issues } = table;
  if (rows.length === 0) issues.push(error(1, 'The spreadsheet has a header row but no contacts.'));
  const layout = detectLayout(headers);
  const mapping = options.mapping ?? suggestMapping(headers);
  if (mapping.length !== headers.length) {
    issues.push(error(1, `The column mapping has ${mapping.length} entries but the spreadsheet has ${headers.length} columns.`));
    return { ...empty(issues, delimiter), layout, headers, mapping, sampleRows: rows.slice(0, SAMPLE_ROWS) };
  }
  const result = applyMapping(rows, mapping);
  return {
    contacts: result.contacts,
    issues: [...issues, ...result.issues].sort((a, b) => a.line - b.line),
    layout,
    delimiter,
    headers,
    mapping,
    needsMapping: layout === 'generic' && options.mapping === undefined,
    sampleRows: rows.slice(0, SAMPLE_ROWS),
  };
}

/** European Excel saves with semicolons: pick whichever separator the header line uses most. */
function detectDelimiter(text: string): string {
  const header = text.slice(0, text.indexOf('\n') + 1 || undefined).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

interface Table {
  headers?: string[];
  rows: CsvRow[];
  issues: ImportIssue[];
}

function readTable(text: string, delimiter: string): Table {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const table: Table = { rows: [], issues: [] };
  let rowStart = 0;
  const shortRows: number[] = [];
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step: (result, parser) => {
      const line = lineAt(rowStart);
      rowStart = result.meta.cursor;
      const cells = result.data.map((c) => c.trim());
      for (const e of result.errors) {
        table.issues.push(error(line, `Line ${line}: ${e.code === 'MissingQuotes' ? 'a quoted value is never closed, so the rest of the file cannot be read reliably' : e.message}.`));
      }
      if (cells.every((c) => c === '')) return;
      if (!table.headers) {
        table.headers = cells;
        return;
      }
      if (table.rows.length >= MAX_RECORDS) {
        table.issues.push(tooManyRecords(line, 'contacts'));
        parser.abort();
        return;
      }
      if (cells.length > table.headers.length) {
        table.issues.push(warning(line, `Line ${line} has ${cells.length} values but the header has only ${table.headers.length} columns; the extra values were left out.`));
      } else if (cells.length < table.headers.length) {
        shortRows.push(line);
      }
      table.rows.push({ line, cells });
    },
  });
  if (!table.headers) table.issues.push(error(1, 'The spreadsheet has no header row.'));
  // Exporters often drop trailing empty values (Outlook does); one note is enough.
  const [firstShort] = shortRows;
  if (firstShort !== undefined) {
    const rows = shortRows.length === 1 ? `Line ${firstShort} has` : `${shortRows.length} rows (the first on line ${firstShort}) have`;
    table.issues.push(warning(firstShort, `${rows} fewer values than the header has columns; the missing values were left empty.`));
  }
  return table;
}
