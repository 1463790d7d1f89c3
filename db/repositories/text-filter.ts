import { or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { filterWords } from '../../src/contract/schemas/pages.ts';

/** `LIKE` pattern for text containing `word`, with the wildcards in it taken literally. */
export const containing = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A list's filter in SQL: every word of `query` must appear (any case) in at least one of
 * `columns`, so "printer sue" finds Sue's question about the printer. Over every row, not the
 * page already drawn.
 */
export function everyWordIn(query: string | undefined, columns: readonly SQLWrapper[]): SQL[] {
  return filterWords(query).map((word) => {
    const pattern = containing(word);
    return or(...columns.map((column) => sql`${column} like ${pattern} escape '\\'`))!;
  });
}
