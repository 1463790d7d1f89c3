import { z } from 'zod';

/**
 * A page of a long list, asked of the database: the first `limit` rows in the list's order,
 * and how many rows the whole list has ("Showing 50 of 858"). A screen asks for a bigger
 * page when the user wants more, never for every row.
 */
export interface ListPage<T> {
  items: T[];
  /** Rows in the whole list with the same filter, however many `items` holds. */
  total: number;
}

/** Rows a list screen draws at first and adds with each "Show more". */
export const FIRST_PAGE = 50;

const LIMIT = 'Give the page size (limit) as a whole number from 1 to 5,000.';
const QUERY = 'Keep the filter to 200 characters or fewer.';

/** What every paged list takes: words to filter by (each must appear) and the page size. */
export const pageFields = {
  /** Words that must each appear somewhere in the row (any case); blank shows every row. */
  query: z.string({ error: 'The filter must be text.' }).max(200, { error: QUERY }).optional(),
  limit: z.number({ error: LIMIT }).int({ error: LIMIT }).min(1, { error: LIMIT }).max(5_000, { error: LIMIT }).default(FIRST_PAGE),
};

/** The filter's words, each to be found somewhere in a row. */
export const filterWords = (query: string | undefined): string[] => (query ?? '').split(/\s+/).filter((w) => w !== '');
