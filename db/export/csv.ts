import { getTableColumns } from 'drizzle-orm';
import { writeCsv, type CsvCell } from '../../src/export/csv-writer.ts';
import { EXPORT_TABLES, type ExportData, type ExportTable } from '../../src/export/json-format.ts';
import { TABLES_OF_EXPORT } from './tables.ts';

export interface CsvFile {
  /** `people.csv`: the table's SQL name. */
  name: string;
  text: string;
}

/** Accepts the export's name (`lifeEvents`) or the table's (`life_events`). */
export function exportTableNamed(name: string): ExportTable | undefined {
  return EXPORT_TABLES.find((t) => t === name || TABLES_OF_EXPORT[t].name === name);
}

/** One CSV per table, columns named as in the database, rows in the export's order. */
export function csvFiles(data: ExportData, only?: ExportTable): CsvFile[] {
  return EXPORT_TABLES.filter((t) => (only === undefined ? data[t] !== undefined : t === only)).map((t) => {
    const { table, name } = TABLES_OF_EXPORT[t];
    const columns = Object.entries(getTableColumns(table));
    const rows = (data[t] ?? []) as Record<string, CsvCell>[];
    return { name: `${name}.csv`, text: writeCsv(columns.map(([, c]) => c.name), rows.map((row) => columns.map(([key]) => row[key] ?? null))) };
  });
}
