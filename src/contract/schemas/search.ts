import { z } from 'zod';

export const SEARCH_KINDS = ['person', 'client', 'event', 'visit', 'incident', 'knowHow', 'followUp'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  id: number;
  title: string;
  /** Text around the match, with matches wrapped in [[ and ]]. */
  snippet: string;
  /** For people: the client they belong to, if any; for other hits: their client. */
  clientId: number | null;
  /** The name of that client, so look-alike hits (the same know-how at five clients) tell apart; null on a client's own hit. */
  client: string | null;
  /** Set when this hit is here because it is related to a matching person (a grandchild finds the grandparent). */
  via: { personId: number; name: string; relation: string } | null;
  rank: number;
}

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1, 'Type something to search for.').max(200, 'The search is too long (200 characters at most).'),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict();
