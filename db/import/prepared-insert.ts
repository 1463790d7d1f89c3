import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

type Value = string | number | bigint | Buffer | null;

/** A row as the columns' driver values, in column order: each column's own mapping, schema defaults for what is left out. */
function rowEncoder<T extends SQLiteTable>(table: T, now: string) {
  const columns = Object.entries(getTableColumns(table));
  const fallback = columns.map(([key, column]): (() => Value) => {
    // The timestamps' SQL default is the wall clock: an import stamps its own `now` instead.
    if (key === 'createdAt' || key === 'updatedAt') return () => now;
    if (column.defaultFn) return () => column.mapToDriverValue(column.defaultFn!()) as Value;
    if (column.hasDefault && column.default !== undefined && !is(column.default, SQL)) return () => column.mapToDriverValue(column.default) as Value;
    return () => null;
  });
  const names = columns.map(([, c]) => `"${c.name}"`).join(', ');
  return {
    columns: columns.length,
    sql: (rows: number) => `insert into "${getTableName(table)}" (${names}) values ${Array(rows).fill(`(${columns.map(() => '?').join(', ')})`).join(', ')}`,
    encode(row: T['$inferInsert'], into: Value[]): void {
      columns.forEach(([key, column], i) => {
        const value = (row as Record<string, unknown>)[key];
        into.push(value === undefined ? fallback[i]!() : value === null ? null : (column.mapToDriverValue(value) as Value));
      });
    },
  };
}

/**
 * One prepared `insert` for a table, reused for every row of an import: preparing a statement
 * per row (as the query builder does) cost more than the writing. Columns come from the drizzle
 * schema, values go through each column's own mapping (booleans → 0/1), and a column left out
 * takes its schema default, so a row reads as in `db.insert(table).values(row)`. Returns the id.
 */
export function preparedInsert<T extends SQLiteTable>(sqlite: Database.Database, table: T, now: string): (row: T['$inferInsert']) => number {
  const encoder = rowEncoder(table, now);
  const statement = sqlite.prepare(encoder.sql(1));
  return (row) => {
    const values: Value[] = [];
    encoder.encode(row, values);
    return Number(statement.run(...values).lastInsertRowid);
  };
}

/**
 * Rows gathered into multi-row inserts (two prepared statements per table: a full batch and a
 * single row). Every statement that fires the search triggers makes FTS5 flush, so hundreds of
 * rows to a statement is several times faster for a whole database's worth of rows.
 * `onFailure` gets a batch that failed, row by row, to say which row broke a constraint.
 */
export function batchInsert<T extends SQLiteTable>(sqlite: Database.Database, table: T, now: string, onFailure: (row: T['$inferInsert'], error: Error) => void) {
  const encoder = rowEncoder(table, now);
  const perStatement = Math.max(1, Math.min(200, Math.floor(32000 / encoder.columns)));
  const full = sqlite.prepare(encoder.sql(perStatement));
  const single = sqlite.prepare(encoder.sql(1));
  let rows: T['$inferInsert'][] = [];
  let values: Value[] = [];
  const flushOneByOne = () => {
    for (const row of rows) {
      const one: Value[] = [];
      encoder.encode(row, one);
      try {
        single.run(...one);
      } catch (error) {
        onFailure(row, error as Error);
      }
    }
  };
  const flush = () => {
    if (rows.length === 0) return;
    if (rows.length === perStatement) {
      try {
        full.run(...values);
      } catch {
        // The statement failed whole and wrote nothing: find the row, keep the rest.
        flushOneByOne();
      }
    } else flushOneByOne();
    rows = [];
    values = [];
  };
  return {
    add(row: T['$inferInsert']): void {
      rows.push(row);
      encoder.encode(row, values);
      if (rows.length === perStatement) flush();
    },
    flush,
  };
}
