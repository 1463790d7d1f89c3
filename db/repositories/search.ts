import type Database from 'better-sqlite3';
import type { SearchHit, SearchKind } from '../../src/contract/schemas/search.ts';
import { DEFAULT_LOCALE, dateFormat } from '../../src/dates/date-format.ts';
import { formatDay } from '../../src/dates/phrases.ts';
import { matchesAll, searchWords, snippet as snippetOf, WORD } from '../../src/search/snippet.ts';
import { isoNow, type Clock } from '../clock.ts';

/**
 * Full-text search over the `search_index` FTS5 table that the triggers of migration 0002 keep
 * in step with every write. An index rowid is `id * 8 + source code`.
 */
const KIND_BY_CODE: Readonly<Record<number, SearchKind>> = { 1: 'client', 2: 'person', 3: 'event', 4: 'visit', 5: 'incident', 6: 'knowHow' };

/**
 * Turns whatever was typed into a query FTS5 always accepts: every word quoted (so AND, NEAR,
 * quotes, brackets, `*` and `-` are just text), all words required, the last one as a prefix
 * so results appear while typing. Null when nothing searchable is left (e.g. only emoji, or a
 * single letter: the index keeps prefixes of two letters and more, so one letter would read it all).
 */
export function toFtsQuery(text: string): string | null {
  const words = text.match(WORD) ?? [];
  // A lone last letter ("Sue B") narrows nothing the other words don't; it is checked afterwards.
  const usable = words.length > 1 && words.at(-1)!.length === 1 ? words.slice(0, -1) : words;
  if (usable.length === 0 || (usable.length === 1 && usable[0]!.length < 2)) return null;
  return usable.map((word, i) => `"${word}"${i === usable.length - 1 ? '*' : ''}`).join(' ');
}

/** How many matches are ranked: the newest ones in names, and the newest anywhere. */
const CANDIDATES = 100;
/**
 * How far back name matches are read to find people and clients, whose rowids are small next to
 * years of events and visits (rowid = id * 8 + source). Reading rowids only, this stays cheap.
 */
const NAME_DEPTH = 20_000;

/**
 * Candidates stream out of the index newest first and stop at the cap, so a common word
 * ("backup", in years of visit notes) costs the same as a rare one. Ranking happens on them.
 */
export const MATCHES = `select rowid from search_index where search_index match :query order by rowid desc limit :limit`;

/** Keeps the candidates whose client is not in the trash, in the order given. */
export const OUTSIDE_TRASH = `
  select m.value as key
  from json_each(:keys) m
  left join life_events e on (m.value & 7) = 3 and e.id = m.value >> 3
  left join visits v on (m.value & 7) = 4 and v.id = m.value >> 3
  left join incidents i on (m.value & 7) = 5 and i.id = m.value >> 3
  left join know_how k on (m.value & 7) = 6 and k.id = m.value >> 3
  left join clients owner on owner.id = coalesce(e.client_id, v.client_id, i.client_id, k.client_id)
  -- Records of a client in the trash are in the trash with it.
  where owner.deleted_at is null
  order by m.key`;

/** A name hit outranks a hit in longer text; among them, people and clients come first. */
const KIND_ORDER: Readonly<Record<number, number>> = { 2: 0, 1: 1, 3: 2, 6: 3, 5: 4, 4: 5 };

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
  const matches = sqlite.prepare<{ query: string; limit: number }, number>(MATCHES).pluck();
  const outsideTrash = sqlite.prepare<{ keys: string }, number>(OUTSIDE_TRASH).pluck();
  const stored = sqlite.prepare<[number], { name: string | null; body: string | null }>('select name, body from search_index where rowid = ?');
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
      return { title: `Visit to ${client} on ${formatDay(startsAt.slice(0, 10), { today, dates: dateFormat({ locale: DEFAULT_LOCALE, timeZone: 'UTC' }) })}`, clientId };
    },
    incident: lookup(`select summary as title, client_id as clientId from incidents where id = :id`),
    knowHow: lookup(`select question as title, client_id as clientId from know_how where id = :id`),
  };

  /** Candidate index keys, best first, each with the stored text its snippet comes from. */
  const ranked = (query: string, words: readonly string[]): { key: number; text: string }[] => {
    const inNames = matches.all({ query: `name : (${query})`, limit: NAME_DEPTH });
    const peopleAndClients = inNames.filter((key) => (key & 7) <= 2).slice(0, CANDIDATES);
    const candidates = new Set([...peopleAndClients, ...inNames.slice(0, CANDIDATES), ...matches.all({ query, limit: CANDIDATES })]);
    const scored = outsideTrash.all({ keys: JSON.stringify([...candidates]) }).flatMap((key) => {
      const row = stored.get(key);
      if (!row) return [];
      const name = row.name ?? '';
      const inName = matchesAll(name, words);
      // A last single letter was left out of the index query: it must still match here.
      if (!inName && !matchesAll(`${name} ${row.body ?? ''}`, words)) return [];
      return [{ key, text: inName ? name : (row.body ?? ''), score: (inName ? 0 : 10) + (KIND_ORDER[key & 7] ?? 9) }];
    });
    // Newest first within a score: the candidates came newest first and sort is stable.
    return scored.sort((a, b) => a.score - b.score);
  };

  return {
    /**
     * Ranked hits, best first. A matching person is followed by the client contacts related to
     * them (a grandchild's name finds the grandparent), each saying how they are related.
     */
    query({ q, limit }: { q: string; limit: number }): SearchHit[] {
      const query = toFtsQuery(q);
      if (query === null) return [];
      const words = searchWords(q);
      const today = isoNow(clock).slice(0, 10);
      const hits: Omit<SearchHit, 'rank'>[] = [];
      const seen = new Set<string>();
      const add = (hit: Omit<SearchHit, 'rank'>) => {
        const key = `${hit.kind}:${hit.id}`;
        if (hits.length >= limit || seen.has(key)) return;
        seen.add(key);
        hits.push(hit);
      };
      for (const { key, text } of ranked(query, words)) {
        if (hits.length >= limit) break;
        const code = key & 7;
        const id = key >> 3;
        const kind = KIND_BY_CODE[code];
        if (kind === undefined) throw new Error(`search_index holds an unknown source code ${code}`);
        const { title, clientId } = describe[kind](id, today);
        const snippet = snippetOf(text, words) ?? title;
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
