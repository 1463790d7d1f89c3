import type Database from 'better-sqlite3';
import { CONTACT_KIND_WORDS, type ContactKind } from '../../src/contract/schemas/contacts.ts';
import { notFound } from '../../src/contract/result.ts';
import { STORY_KINDS, type StoryEntry, type StoryKind } from '../../src/contract/schemas/timeline.ts';

const FOLLOW_UP_WORDS: Readonly<Record<string, string>> = { call: 'Call', email: 'E-mail', visit: 'Visit', check: 'Check' };
const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Row {
  id: number;
  at: string;
  precision?: StoryEntry['precision'];
  title: string;
  detail: string | null;
  clientId: number | null;
  clientName: string | null;
}

/**
 * A person's story, newest first: logged visits they were at, calls and messages with them, their
 * life events, what they said when asked after one ("recovering slowly"), follow-ups about them,
 * and incidents at their clients whose text names them. Each source reads at most `limit` rows
 * through an index on the person, so a long history costs no more than a page.
 */
export function personStoryRepository(sqlite: Database.Database) {
  const person = sqlite.prepare<[number], { givenName: string; familyName: string | null; nickname: string | null }>(
    'select given_name as givenName, family_name as familyName, nickname from people where id = ? and deleted_at is null',
  );
  const sources: Record<StoryKind, Database.Statement<[number, number], Row>> = {
    visit: sqlite.prepare(
      `select v.id, v.starts_at as at, 'Visit to ' || c.name || coalesce(': ' || v.purpose, '') as title,
         v.work_done as detail, c.id as clientId, c.name as clientName
       from visit_attendees a join visits v on v.id = a.visit_id join clients c on c.id = v.client_id
       where a.person_id = ? and v.status = 'completed' and a.attended and v.deleted_at is null and c.deleted_at is null
       order by v.starts_at desc limit ?`,
    ),
    contact: sqlite.prepare(
      `select t.id, t.occurred_at as at, t.kind as title, t.summary || coalesce(' · Promised: ' || t.promised, '') as detail, c.id as clientId, c.name as clientName
       from contacts t join clients c on c.id = t.client_id
       where t.person_id = ? and t.deleted_at is null and c.deleted_at is null
       order by t.occurred_at desc limit ?`,
    ),
    event: sqlite.prepare(
      `select e.id, e.date as at, e.precision, e.title, e.notes as detail, e.client_id as clientId, (select name from clients where id = e.client_id) as clientName
       from life_event_people p join life_events e on e.id = p.event_id
       where p.person_id = ? and e.deleted_at is null
       order by e.date desc limit ?`,
    ),
    said: sqlite.prepare(
      `select e.id, k.at, 'Asked about ' || e.title as title, k.note as detail, null as clientId, null as clientName
       from life_event_people p join life_events e on e.id = p.event_id join acknowledgements k on k.event_id = e.id
       where p.person_id = ? and e.deleted_at is null and k.note is not null
       order by k.at desc limit ?`,
    ),
    followUp: sqlite.prepare(
      `select f.id, f.due_at as at, f.kind || case when f.done_at is null then '' else ' (done)' end as title,
         coalesce(f.context, '') || coalesce(' · Outcome: ' || f.outcome, '') as detail, c.id as clientId, c.name as clientName
       from follow_ups f join clients c on c.id = f.client_id
       where f.person_id = ? and f.deleted_at is null and c.deleted_at is null
       order by f.due_at desc limit ?`,
    ),
    // Incidents of the clients they have a role at; which ones name them is decided below.
    incident: sqlite.prepare(
      `select i.id, i.started_at as at, i.summary as title, concat_ws(' ', i.summary, i.impact, i.cause, i.prevention) as detail, c.id as clientId, c.name as clientName
       from incidents i join clients c on c.id = i.client_id
       where i.client_id in (select client_id from roles where person_id = ?) and i.deleted_at is null and c.deleted_at is null
       order by i.started_at desc limit ?`,
    ),
  };

  return {
    story({ id, kinds, limit }: { id: number; kinds?: readonly StoryKind[] | undefined; limit: number }): StoryEntry[] {
      const who = person.get(id);
      if (!who) throw notFound('Person', id);
      const names = [[who.givenName, who.familyName].filter(Boolean).join(' '), who.givenName, who.nickname].filter((n): n is string => Boolean(n));
      const named = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
      const entries = (kinds ?? STORY_KINDS).flatMap((kind) =>
        // Incidents are read in a wider window, as only some of them name the person.
        sources[kind].all(id, kind === 'incident' ? limit * 4 : limit).flatMap((row): StoryEntry[] => {
          if (kind === 'incident') {
            if (!named.test(row.detail ?? '')) return [];
            return [{ ...row, kind, precision: 'instant', title: `Incident: ${row.title}`, detail: null }];
          }
          const title = kind === 'contact' ? capitalised(CONTACT_KIND_WORDS[row.title as ContactKind]) : kind === 'followUp' ? `Follow-up: ${FOLLOW_UP_WORDS[row.title.split(' ')[0]!] ?? row.title}${row.title.includes('(done)') ? ' (done)' : ''}` : row.title;
          return [{ ...row, kind, precision: row.precision ?? 'instant', title, detail: row.detail === '' ? null : row.detail }];
        }),
      );
      return entries.sort((a, b) => b.at.localeCompare(a.at) || STORY_KINDS.indexOf(a.kind) - STORY_KINDS.indexOf(b.kind)).slice(0, limit);
    },
  };
}
