import type Database from 'better-sqlite3';
import type { SearchHit, SearchKind } from '../../src/contract/schemas/search.ts';
import { formatDay } from '../../src/dates/phrases.ts';
import { isoNow, type Clock } from '../clock.ts';

/**
 * Full-text search over the `search_index` FTS5 table that the triggers of migration 0002 keep
 * in step with every write. An index rowid is `id * 8 + source code`.
 */
const KIND_BY_CODE: Readonly<Record<number, SearchKind>> = { 1: 'client', 2: 'person', 3: 'event', 4: 'visit', 5: 'incident', 6: 'knowHow' };

/** Runs of letters, digits and combining marks: the same words the unicode61 tokenizer indexes. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Turns whatever was typed into a query FTS5 always accepts: every word quoted (so AND, NEAR,
 * quotes, brackets, `*` and `-` are just text), all words required, the last one as a prefix
 * so results appear while typing. Null when nothing searchable is left (e.g. only emoji).
 */
export function toFtsQuery(text: string): string | null {
  const words = text.match(WORD);
  if (!words) return null;
  return words.map((word, i) => `"${word}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** Name columns count ten times the longer text when ranking. Exported, like the next ones, for query-plan tests. */
export const MATCHES = `
  select m.key & 7 as code, m.key >> 3 as id, m.snippet
  from (
    select rowid as key, snippet(search_index, -1, '[[', ']]', '…', 12) as snippet, bm25(search_index, 10.0, 1.0) as score
    from search_index where search_index match :query
  ) m
  left join life_events e on (m.key & 7) = 3 and e.id = m.key >> 3
  left join visits v on (m.key & 7) = 4 and v.id = m.key >> 3
  left join incidents i on (m.key & 7) = 5 and i.id = m.key >> 3
  left join know_how k on (m.key & 7) = 6 and k.id = m.key >> 3
  left join clients owner on owner.id = coalesce(e.client_id, v.client_id, i.client_id, k.client_id)
  -- Records of a client in the trash are in the trash with it.
  where owner.deleted_at is null
  order by m.score, m.key
  limit :limit`;

/** The client a person belongs to: their earliest current role at a client outside the trash. */
const CLIENT_OF_PERSON = `(
  select ro.client_id from roles ro join clients c on c.id = ro.client_id and c.deleted_at is null
  where ro.person_id = p.id and (ro.until is null or ro.until > :today)
  order by ro.id limit 1)`;

/** Everyone related to a person, from either side of the relationship, who is a client contact. */
export const RELATED_CONTACTS = `
  select * from (
    select r.kind, r.until, 'a' as side, p.id, concat_ws(' ', p.given_name, p.family_name) as name, ${CLIENT_OF_PERSON} as clientId
    from relationships r join people p on p.id = r.person_a_id
    where r.person_b_id = :personId and p.deleted_at is null
    union all
    select r.kind, r.until, 'b' as side, p.id, concat_ws(' ', p.given_name, p.family_name) as name, ${CLIENT_OF_PERSON} as clientId
    from relationships r join people p on p.id = r.person_b_id
    where r.person_a_id = :personId and p.deleted_at is null
  ) where clientId is not null
  order by name, id`;

interface MatchRow {
  code: number;
  id: number;
  snippet: string;
}

interface RelatedRow {
  kind: string;
  until: string | null;
  /** Which end of the relationship the related person stands at: `a` is the parent in "a parent of b". */
  side: 'a' | 'b';
  id: number;
  name: string;
  clientId: number;
}

interface Titled {
  title: string;
  clientId: number | null;
}

interface VisitRow {
  client: string;
  startsAt: string;
  clientId: number;
}

/** What the related person is to the person who matched, e.g. "grandparent" (of Lily). */
function relationOf({ kind, until, side }: RelatedRow, today: string): string {
  if (kind === 'parent') return side === 'a' ? 'parent' : 'child';
  if (kind === 'grandparent') return side === 'a' ? 'grandparent' : 'grandchild';
  if (kind === 'sibling') return 'sibling';
  const noun = kind === 'other' ? 'connection' : kind;
  // An ended partnership is never presented as current.
  return until !== null && until <= today ? `former ${noun}` : noun;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function searchRepository(sqlite: Database.Database, clock: Clock) {
  const matches = sqlite.prepare<{ query: string; limit: number }, MatchRow>(MATCHES);
  const related = sqlite.prepare<{ personId: number; today: string }, RelatedRow>(RELATED_CONTACTS);
  const lookup = <Row>(sql: string) => {
    const statement = sqlite.prepare<{ id: number; today: string }, Row>(sql);
    return (id: number, today: string): Row => {
      const row = statement.get({ id, today });
      if (!row) throw new Error(`search_index refers to a record that no longer exists (${sql.slice(0, 40)}…, id ${id})`);
      return row;
    };
  };
  const visit = lookup<VisitRow>(`select c.name as client, v.starts_at as startsAt, v.client_id as clientId from visits v join clients c on c.id = v.client_id where v.id = :id`);
  const describe: Record<SearchKind, (id: number, today: string) => Titled> = {
    client: lookup(`select name as title, id as clientId from clients where id = :id`),
    person: lookup(`select concat_ws(' ', p.given_name, p.family_name) as title, ${CLIENT_OF_PERSON} as clientId from people p where p.id = :id`),
    event: lookup(`select title, client_id as clientId from life_events where id = :id`),
    visit: (id, today) => {
      // The UTC day: visits happen in working hours, when it is also the local day in the UK.
      const { client, startsAt, clientId } = visit(id, today);
      return { title: `Visit to ${client} on ${formatDay(startsAt.slice(0, 10), today)}`, clientId };
    },
    incident: lookup(`select summary as title, client_id as clientId from incidents where id = :id`),
    knowHow: lookup(`select question as title, client_id as clientId from know_how where id = :id`),
  };

  return {
    /**
     * Ranked hits, best first. A matching person is followed by the client contacts related to
     * them (a grandchild's name finds the grandparent), each saying how they are related.
     */
    query({ q, limit }: { q: string; limit: number }): SearchHit[] {
      const query = toFtsQuery(q);
      if (query === null) return [];
      const today = isoNow(clock).slice(0, 10);
      const hits: Omit<SearchHit, 'rank'>[] = [];
      const seen = new Set<string>();
      const add = (hit: Omit<SearchHit, 'rank'>) => {
        const key = `${hit.kind}:${hit.id}`;
        if (hits.length >= limit || seen.has(key)) return;
        seen.add(key);
        hits.push(hit);
      };
      for (const { code, id, snippet } of matches.all({ query, limit })) {
        const kind = KIND_BY_CODE[code];
        if (kind === undefined) throw new Error(`search_index holds an unknown source code ${code}`);
        const { title, clientId } = describe[kind](id, today);
        add({ kind, id, title, snippet, clientId, via: null });
        if (kind !== 'person') continue;
        for (const row of related.all({ personId: id, today })) {
          const relation = relationOf(row, today);
          add({
            kind: 'person',
            id: row.id,
            title: row.name,
            snippet: `${capitalised(relation)} of ${snippet}`,
            clientId: row.clientId,
            via: { personId: id, name: title, relation },
          });
        }
      }
      return hits.map((hit, i) => ({ ...hit, rank: i + 1 }));
    },
  };
}

export type SearchRepository = ReturnType<typeof searchRepository>;
