import { Column, is, SQL } from 'drizzle-orm';

/**
 * Rows for the briefing's and dashboard's reads, built by a loop made once per statement.
 *
 * drizzle maps every row of a select field by field, asking of each field on each row what kind
 * of thing it is (`is(field, Column)`, a walk up its prototypes) and walking a path per field:
 * about a sixth of Home's time on a large database, where a fortnight's dates and a week's
 * visits read a few thousand rows. Here the question is asked once per statement; each row is
 * then one object with the same keys and the same decoded values drizzle gives.
 *
 * Only flat selections are taken over (one key per column: drizzle's nulling of a joined table's
 * object applies only to nested ones); anything else is left to drizzle as it is.
 */

interface SelectedField {
  readonly path: readonly string[];
  readonly field: unknown;
}

interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}

/** What a drizzle prepared select holds (drizzle-orm/better-sqlite3/session.js). */
interface PreparedSelect {
  readonly fields?: readonly SelectedField[];
  readonly customResultMapper?: unknown;
  values(placeholderValues?: Record<string, unknown>): unknown[][];
}

/** An SQL expression's decoder (noop unless `.mapWith`), a field drizzle's types leave internal. */
const sqlDecoder = (expression: SQL): Decoder | null => (expression as unknown as { decoder?: Decoder }).decoder ?? null;

function decoderOf(field: unknown): Decoder | null {
  if (is(field, Column)) return field;
  if (is(field, SQL)) return sqlDecoder(field);
  // SQL.Aliased (`sql\`…\`.as('n')`) keeps its decoder on its SQL.
  const aliased = (field as { sql?: unknown } | null)?.sql;
  return is(aliased, SQL) ? sqlDecoder(aliased) : null;
}

/** The same prepared select, its `all` building rows with a loop made for its fields. */
export function withFastRows<T extends object>(prepared: T): T {
  const select = prepared as unknown as PreparedSelect;
  const fields = select.fields;
  if (fields === undefined || select.customResultMapper || typeof select.values !== 'function') return prepared;
  // A flat selection: drizzle nulls a joined table's object only for nested paths, so none here.
  if (fields.some((f) => f.path.length !== 1)) return prepared;
  const keys = fields.map((f) => f.path[0]!);
  const decoders = fields.map((f) => decoderOf(f.field));
  if (decoders.some((d) => d === null)) return prepared;
  const decode = decoders as Decoder[];
  const width = keys.length;
  const toRow = (raw: unknown[]) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < width; i++) {
      const value = raw[i];
      row[keys[i]!] = value === null ? null : decode[i]!.mapFromDriverValue(value);
    }
    return row;
  };
  const fast = Object.create(prepared) as T & { all: (placeholderValues?: Record<string, unknown>) => unknown[] };
  fast.all = (placeholderValues) => select.values.call(prepared, placeholderValues).map(toRow);
  return fast;
}

/** Every prepared select among a set of statements, with fast rows (see withFastRows). */
export function withFastRowsAll<T extends Record<string, object>>(statements: T): T {
  return Object.fromEntries(Object.entries(statements).map(([name, statement]) => [name, withFastRows(statement)])) as T;
}
