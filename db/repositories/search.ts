import type Database from 'better-sqlite3';
import type { SearchHit, SearchKind } from '../../src/contract/schemas/search.ts';
import { DEFAULT_LOCALE, dateFormat } from '../../src/dates/date-format.ts';
import { formatDay } from '../../src/dates/phrases.ts';
import { matchesAll, searchWords, snippet as snippetOf, WORD } from '../../src/search/snippet.ts';
import { hasNoSpaceScript, NO_SPACE_CHAR, typedPhone } from '../../src/search/terms.ts';
import { isoNow, type Clock } from '../clock.ts';

/**
 * Full-text search over the `search_index` FTS5 table that the triggers of migration 0010 keep
 * in step with every write. An index rowid is `(priority << 40) + id * 8 + source`: read in
 * rowid order, highest first, matches come people first, then clients, life events, know-how,
 * incidents, follow-ups and visits, newest first within each. So a query reads only the few
 * matches it shows, however many there are ("ma" matches thousands of names).
 */
const KIND_BY_CODE: Readonly<Record<number, SearchKind>> = { 1: 'client', 2: 'person', 3: 'event', 4: 'visit', 5: 'incident', 6: 'knowHow', 7: 'followUp' };
const PRIORITY_SHIFT = 2 ** 40;
/** The source and the record's id in an index key (above 2^32, so no bitwise operators in JS). */
const codeOf = (key: number): number => key % 8;
const idOf = (key: number): number => Math.floor((key % PRIORITY_SHIFT) / 8);

export interface FtsQueries {
  /** Every word in names and titles. */
  names: string;
  /** Every word anywhere (names, longer text), or the phone number typed. */
  anywhere: string;
  /** A last single letter was left out ("Sue B"): each match must be checked for it. */
  lastLetterLeftOut: boolean;
}

/** A Han or kana run is searched as a phrase of its characters ("李明" → "李 明"), in the columns that hold them one by one. */
const characterPhrase = (run: string): string => `"${(run.match(NO_SPACE_CHAR) ?? []).join(' ')}"`;

type Term = { kind: 'word'; text: string } | { kind: 'characters'; text: string };

/** Words as typed, a Han or kana run inside a word taken apart from the letters around it. */
function termsOf(text: string): Term[] {
  const terms: Term[] = [];
  for (const word of text.normalize('NFC').match(WORD) ?? []) {
    if (!hasNoSpaceScript(word)) {
      terms.push({ kind: 'word', text: word });
      continue;
    }
    let rest = '';
    let run = '';
    for (const char of word.match(/./gsu) ?? []) {
      const isCharacter = hasNoSpaceScript(char) || (run !== '' && /^\p{M}$/u.test(char));
      if (isCharacter) {
        if (rest) terms.push({ kind: 'word', text: rest });
        rest = '';
        run += char;
      } else {
        if (run) terms.push({ kind: 'characters', text: run });
        run = '';
        rest += char;
      }
    }
    if (run) terms.push({ kind: 'characters', text: run });
    if (rest) terms.push({ kind: 'word', text: rest });
  }
  return terms;
}

/**
 * Turns whatever was typed into FTS5 queries it always accepts: every word quoted (so AND,
 * NEAR, quotes, brackets, `*` and `-` are just text), all words required, the last one as a
 * prefix so results appear while typing. A Chinese or Japanese run is a phrase of its
 * characters, found anywhere in a name ("李" finds 李明, "太郎" finds 田中太郎). Something
 * that reads as a phone number also finds the number however it was written. Null when nothing
 * searchable is left (only emoji, or a single Latin letter: the index keeps prefixes of two
 * letters and more, so one letter would read it all).
 */
export function toFtsQueries(text: string): FtsQueries | null {
  const terms = termsOf(text);
  const last = terms.at(-1);
  // A lone last letter ("Sue B") narrows nothing the other words don't; it is checked afterwards.
  const usable = terms.length > 1 && last?.kind === 'word' && last.text.length === 1 ? terms.slice(0, -1) : terms;
  const lone = usable.length === 1 && usable[0]!.kind === 'word' && usable[0]!.text.length < 2;
  const phone = typedPhone(text);
  const phoneQuery = phone && `phone : (${[`"${phone.digits}"*`, ...(phone.tail ? [`"${phone.tail}"`] : [])].join(' OR ')})`;
  // A number being typed ("07700 9") is matched as a whole by the phone query instead.
  const lastLetterLeftOut = usable.length < terms.length && !phoneQuery;
  if (usable.length === 0 || lone) return phoneQuery ? { names: phoneQuery, anywhere: phoneQuery, lastLetterLeftOut: false } : null;
  const query = (wordColumns: string, characterColumns: string) =>
    usable
      .map((term, i) =>
        term.kind === 'characters' ? `${characterColumns} : ${characterPhrase(term.text)}` : `${wordColumns} : "${term.text}"${i === usable.length - 1 ? '*' : ''}`,
      )
      .join(' AND ');
  const anywhere = query('{name body}', '{name_chars body_chars}');
  return { names: query('name', 'name_chars'), anywhere: phoneQuery ? `(${anywhere}) OR ${phoneQuery}` : anywhere, lastLetterLeftOut };
}

/** Matches in rowid order, highest first, with the stored text their snippet comes from. */
export const MATCHES = `select rowid as key, name, body from search_index where search_index match :query order by rowid desc limit :limit`;

/** The client a person belongs to: their earliest current role at a client outside the trash. */
const clientOfPerson = (person: string) => `(
  select ro.client_id from roles ro join clients rc on rc.id = ro.client_id and rc.deleted_at is null
  where ro.person_id = ${person} and (ro.until is null or ro.until > :today)
  order by ro.id limit 1)`;

/**
 * What each match is, in the order given: its title, the client it belongs to and that
 * client's name. Leaves out records of a client in the trash (they are in the trash with it).
 * A life event without a client belongs to the client of the first person it is about.
 */
/** Of someone's numbers (one a line), the one the typed digits found; else their first. */
function numberTyped(numbers: string, typed: NonNullable<ReturnType<typeof typedPhone>>): string {
  const all = numbers.split('\n');
  const found = all.find((n) => {
    const digits = n.replace(/[^0-9]/g, '');
    return digits.startsWith(typed.digits) || (typed.tail !== null && digits.endsWith(typed.tail));
  });
  return found ?? all[0] ?? numbers;
}

export const DESCRIBE = `
  with keys as (
    select m.key as position, m.value as key, m.value % 8 as code, (m.value % ${PRIORITY_SHIFT}) / 8 as id from json_each(:keys) m
  )
  select k.key,
    case k.code when 1 then c.name when 2 then concat_ws(' ', p.given_name, p.family_name) when 3 then e.title
      when 5 then i.summary when 6 then kh.question end as title,
    owner.id as clientId, owner.name as client,
    -- Every number of theirs, one a line, the primary first (a hit shows the one that matched).
    (select group_concat(value, char(10)) from (select d.value from contact_details d
      where (k.code = 2 and d.person_id = p.id or k.code = 1 and d.client_id = c.id) and d.kind = 'phone' order by d.position, d.id)) as phone,
    v.starts_at as visitStartsAt,
    f.kind as followUpKind, f.due_at as followUpDueAt, f.done_at as followUpDoneAt,
    concat_ws(' ', fp.given_name, fp.family_name) as followUpPerson
  from keys k
  left join clients c on k.code = 1 and c.id = k.id
  left join people p on k.code = 2 and p.id = k.id
  left join life_events e on k.code = 3 and e.id = k.id
  left join visits v on k.code = 4 and v.id = k.id
  left join incidents i on k.code = 5 and i.id = k.id
  left join know_how kh on k.code = 6 and kh.id = k.id
  left join follow_ups f on k.code = 7 and f.id = k.id
  left join people fp on fp.id = f.person_id
  left join clients owner on owner.id = coalesce(
    c.id, e.client_id, v.client_id, i.client_id, kh.client_id, f.client_id,
    case when k.code = 2 then ${clientOfPerson('p.id')} end,
    case when k.code = 3 then (select ${clientOfPerson('lep.person_id')} from life_event_people lep where lep.event_id = e.id order by lep.person_id limit 1) end)
  -- Records of a client in the trash are in the trash with it.
  where owner.deleted_at is null
  order by k.position`;

/** Everyone related to the given people, from either side of the relationship, who is a client contact. */
export const RELATED_CONTACTS = `
  select x.*, rc.name as client from (
    select src.value as sourceId, r.kind, r.until, 'a' as side, p.id, concat_ws(' ', p.given_name, p.family_name) as name, ${clientOfPerson('p.id')} as clientId
    from json_each(:personIds) src join relationships r on r.person_b_id = src.value join people p on p.id = r.person_a_id
    where p.deleted_at is null
    union all
    select src.value as sourceId, r.kind, r.until, 'b' as side, p.id, concat_ws(' ', p.given_name, p.family_name) as name, ${clientOfPerson('p.id')} as clientId
    from json_each(:personIds) src join relationships r on r.person_a_id = src.value join people p on p.id = r.person_b_id
    where p.deleted_at is null
  ) x join clients rc on rc.id = x.clientId
  order by x.name, x.id`;

interface MatchRow {
  key: number;
  name: string | null;
  body: string | null;
}

interface DescribedRow {
  key: number;
  title: string | null;
  clientId: number | null;
  client: string | null;
  phone: string | null;
  visitStartsAt: string | null;
  followUpKind: string | null;
  followUpDueAt: string | null;
  followUpDoneAt: string | null;
  followUpPerson: string;
}

interface RelatedRow {
  sourceId: number;
  kind: string;
  until: string | null;
  /** Which end of the relationship the related person stands at: `a` is the parent in "a parent of b". */
  side: 'a' | 'b';
  id: number;
  name: string;
  clientId: number;
  client: string;
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

/** Days in search titles, in the app's default words (search has no locale of its own yet). */
const UTC_DATES = dateFormat({ locale: DEFAULT_LOCALE, timeZone: 'UTC' });

/** The title of a hit whose record has no name of its own (visits, follow-ups). */
function titleOf(kind: SearchKind, row: DescribedRow, today: string): string {
  if (kind === 'visit') {
    // The UTC day: visits happen in working hours, when it is also the local day in the UK.
    return `Visit to ${row.client ?? 'a client'} on ${formatDay((row.visitStartsAt ?? '').slice(0, 10), { today, dates: UTC_DATES })}`;
  }
  if (kind === 'followUp') {
    const who = row.followUpPerson || row.client || 'a client';
    const when = row.followUpDoneAt ? 'done' : `due ${formatDay((row.followUpDueAt ?? '').slice(0, 10), { today, dates: UTC_DATES })}`;
    return `Follow-up (${row.followUpKind ?? 'call'}) with ${who}, ${when}`;
  }
  return row.title ?? '';
}

/** How many matches are read at first; more only when the trash or a last letter left too few. */
const FIRST_READ = 10;
const MOST_READ = 400;

export function searchRepository(sqlite: Database.Database, clock: Clock) {
  const matches = sqlite.prepare<{ query: string; limit: number }, MatchRow>(MATCHES);
  const describe = sqlite.prepare<{ keys: string; today: string }, DescribedRow>(DESCRIBE);
  const related = sqlite.prepare<{ personIds: string; today: string }, RelatedRow>(RELATED_CONTACTS);

  /**
   * Matches in names first, then anywhere else (each in rowid order), kept when their client is
   * not in the trash and, if a last single letter was left out of the index query, it matches too.
   */
  const ranked = (queries: FtsQueries, words: readonly string[], wanted: number, today: string) => {
    for (let read = wanted + FIRST_READ; ; read *= 4) {
      const inNames = matches.all({ query: queries.names, limit: read });
      const anywhere = inNames.length >= read ? [] : matches.all({ query: queries.anywhere, limit: read });
      const seen = new Set<number>();
      const candidates: (MatchRow & { inName: boolean })[] = [];
      for (const [rows, inName] of [[inNames, true], [anywhere, false]] as const) {
        for (const row of rows) {
          if (seen.has(row.key)) continue;
          seen.add(row.key);
          if (queries.lastLetterLeftOut && !matchesAll(`${row.name ?? ''} ${row.body ?? ''}`, words)) continue;
          candidates.push({ ...row, inName });
        }
      }
      const described = new Map(describe.all({ keys: JSON.stringify(candidates.map((c) => c.key)), today }).map((row) => [row.key, row]));
      const kept = candidates.flatMap((c) => {
        const row = described.get(c.key);
        return row ? [{ ...c, row }] : [];
      });
      const exhausted = inNames.length < read && anywhere.length < read;
      if (kept.length >= wanted || exhausted || read >= MOST_READ) return kept;
    }
  };

  return {
    /**
     * Ranked hits, best first, each naming the client it belongs to. A matching person is
     * followed by the client contacts related to them (a grandchild's name finds the
     * grandparent), each saying how they are related.
     */
    query({ q, limit }: { q: string; limit: number }): SearchHit[] {
      const queries = toFtsQueries(q);
      if (queries === null) return [];
      const words = searchWords(q);
      const today = isoNow(clock).slice(0, 10);
      const phone = typedPhone(q);

      const found = ranked(queries, words, limit, today).map(({ key, name, body, inName, row }) => {
        const kind = KIND_BY_CODE[codeOf(key)];
        if (kind === undefined) throw new Error(`search_index holds an unknown source code ${codeOf(key)}`);
        const title = titleOf(kind, row, today);
        const text = inName ? (name ?? '') : (body ?? '');
        const number = phone && row.phone ? numberTyped(row.phone, phone) : null;
        const snippet = snippetOf(text, words) ?? (number ? `Phone [[${number}]]` : title);
        return { kind, id: idOf(key), title, snippet, clientId: row.clientId, client: kind === 'client' ? null : row.client };
      });
      const shown = found.slice(0, limit);
      const matchedPeople = shown.filter((hit) => hit.kind === 'person').map((hit) => hit.id);
      const relatives = new Map<number, RelatedRow[]>();
      if (matchedPeople.length > 0) {
        for (const row of related.all({ personIds: JSON.stringify(matchedPeople), today })) {
          relatives.set(row.sourceId, [...(relatives.get(row.sourceId) ?? []), row]);
        }
      }

      const hits: Omit<SearchHit, 'rank'>[] = [];
      const seen = new Set<string>();
      const add = (hit: Omit<SearchHit, 'rank'>) => {
        const key = `${hit.kind}:${hit.id}`;
        if (hits.length >= limit || seen.has(key)) return;
        seen.add(key);
        hits.push(hit);
      };
      for (const hit of shown) {
        add({ ...hit, via: null });
        if (hit.kind !== 'person') continue;
        for (const row of relatives.get(hit.id) ?? []) {
          const relation = relationOf(row, today);
          add({
            kind: 'person',
            id: row.id,
            title: row.name,
            snippet: `${capitalised(relation)} of ${hit.snippet}`,
            clientId: row.clientId,
            client: row.client,
            via: { personId: hit.id, name: hit.title, relation },
          });
        }
      }
      return hits.map((hit, i) => ({ ...hit, rank: i + 1 }));
    },
  };
}

export type SearchRepository = ReturnType<typeof searchRepository>;
