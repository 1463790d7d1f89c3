import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * One prepared `insert` for a table, reused for every row of an import: preparing a statement
 * per row (as the query builder does) cost more than the writing. Columns come from the drizzle
 * schema, values go through each column's own mapping (booleans → 0/1), and a column left out
 * takes its schema default (`now` for the timestamps), so a row reads as `db.insert().values()`.
 */
export function preparedInsert<T extends SQLiteTable>(sqlite: Database.Database, table: T, now: string): (row: T['$inferInsert']) => number {
  const columns = Object.entries(getTableColumns(table));
  const names = columns.map(([, c]) => `"${c.name}"`).join(', ');
  const statement = sqlite.prepare(`insert into "${getTableName(table)}" (${names}) values (${columns.map(() => '?').join(', ')})`);
  const fallback = columns.map(([key, column]) => {
    if (key === 'createdAt' || key === 'updatedAt') return () => now;
    if (column.defaultFn) return () => column.mapToDriverValue(column.defaultFn!());
    // An SQL default (the timestamps' strftime) is handled above; other literal defaults bind as they are.
    if (column.hasDefault && column.default !== undefined && !is(column.default, SQL)) return () => column.mapToDriverValue(column.default);
    return () => null;
  });
  return (row) => {
    const values = columns.map(([key, column], i) => {
      const value = (row as Record<string, unknown>)[key];
      if (value === undefined) return fallback[i]!();
      return value === null ? null : column.mapToDriverValue(value);
    });
    return Number(statement.run(...values).lastInsertRowid);
  };
}
