import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { AppFailure } from '../../src/contract/result.ts';
import type { z } from 'zod';
import type { MergeLinkCount, MergeOutcome, MergePreview, MergeSide, PeopleMerge } from '../../src/contract/schemas/merge.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { people } from '../schema/people.ts';
import { moveContactDetails, moveTags } from './merge-details.ts';
import { relationshipsRepository } from './relationships.ts';
import { resolveFields, requireTwo, viewField, type MergeFieldSpec } from './merge-fields.ts';
import { displayName, type PersonRow } from './rows.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CONSENT = { yes: 'Happy to be followed up', no: 'No follow-ups, please' } as const;

const column =
  <K extends keyof PersonRow>(field: K, label: string, extra: Partial<MergeFieldSpec<PersonRow>> = {}): MergeFieldSpec<PersonRow> => ({
    field,
    label,
    read: (row) => ({ [field]: row[field] }),
    show: (row) => (row[field] === null ? null : String(row[field])),
    ...extra,
  });

/** Every field a person has, in the order the person page shows them. */
export const PERSON_FIELDS: readonly MergeFieldSpec<PersonRow>[] = [
  column('givenName', 'First name'),
  column('familyName', 'Family name'),
  column('nickname', 'Nickname'),
  {
    field: 'birthday',
    label: 'Birthday',
    read: (row) => ({ birthdayMonth: row.birthdayMonth, birthdayDay: row.birthdayDay, birthdayYear: row.birthdayYear }),
    show: (row) => (row.birthdayMonth === null || row.birthdayDay === null ? null : `${row.birthdayDay} ${MONTHS[row.birthdayMonth - 1]}${row.birthdayYear === null ? '' : ` ${row.birthdayYear}`}`),
  },
  column('diedOn', 'Died on', { keepIfAny: 'a death recorded on either record carries over, so the briefing never asks after them' }),
  column('phone', 'Phone'),
  column('email', 'E-mail'),
  column('interests', 'Interests', { combinable: true }),
  column('preferences', 'Preferences', { combinable: true }),
  column('techComfort', 'Tech comfort'),
  column('explainHow', 'How to explain things', { combinable: true }),
  {
    field: 'followUpConsent',
    label: 'Follow-up consent',
    read: (row) => ({ followUpConsent: row.followUpConsent }),
    show: (row) => (row.followUpConsent === 'not_asked' ? null : CONSENT[row.followUpConsent]),
  },
  column('followUpChannel', 'Follow up by'),
  column('followUpTimes', 'Good times', { combinable: true }),
  column('notes', 'Notes', { combinable: true }),
];

/** The records that hang off a person, counted as the person page shows them (not those in the trash). */
const LINKS: readonly { link: string; label: string; count: string }[] = [
  { link: 'roles', label: 'Roles at clients', count: 'select count(*) from roles where person_id = ?' },
  { link: 'relationships', label: 'Relationships', count: 'select count(*) from relationships where ? in (person_a_id, person_b_id)' },
  {
    link: 'lifeEvents',
    label: 'Life events about them',
    count: 'select count(*) from life_event_people lp join life_events e on e.id = lp.event_id where lp.person_id = ? and e.deleted_at is null',
  },
  {
    link: 'acknowledgements',
    label: 'Times their news was asked about',
    count: 'select count(*) from acknowledgements a join life_event_people lp on lp.event_id = a.event_id where lp.person_id = ?',
  },
  { link: 'attendance', label: 'Visits they were at or expected at', count: 'select count(*) from visit_attendees va join visits v on v.id = va.visit_id where va.person_id = ? and v.deleted_at is null' },
  { link: 'contacts', label: 'Calls, e-mails and messages', count: 'select count(*) from contacts where person_id = ? and deleted_at is null' },
  { link: 'followUps', label: 'Follow-ups', count: 'select count(*) from follow_ups where person_id = ? and deleted_at is null' },
  { link: 'knowHow', label: 'Know-how (their questions)', count: 'select count(*) from know_how where person_id = ? and deleted_at is null' },
];

type Parsed = z.output<typeof PeopleMerge>;

export function personMerger(db: Db, sqlite: Database.Database, clock: Clock) {
  const count = (sql: string, id: number) => sqlite.prepare(sql).pluck().get(id) as number;
  const counts = (keepId: number, mergeId: number): MergeLinkCount[] => LINKS.map(({ link, label, count: sql }) => ({ link, label, kept: count(sql, keepId), merged: count(sql, mergeId) }));

  const load = (id: number): PersonRow => {
    const row = db.select().from(people).where(eq(people.id, id)).get();
    if (!row) throw new AppFailure('not_found', `Person ${id} was not found: they may have been forgotten or never existed. Check the id and try again.`);
    if (row.deletedAt !== null) throw new AppFailure('conflict', `${displayName(row)} is in the trash. Restore them from the Trash first, then merge.`);
    return row;
  };

  const pair = (keepId: number, mergeId: number) => {
    requireTwo(keepId, mergeId, 'person');
    return { kept: load(keepId), merged: load(mergeId) };
  };

  const side = (row: PersonRow): MergeSide => ({ id: row.id, name: displayName(row) });

  /** Moves every link from `from` to `to`; returns what had to be dropped, in words. */
  const moveLinks = (to: number, from: number, names: { kept: string; merged: string }): string[] => {
    const dropped: string[] = [];
    const run = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).run(...params).changes;

    const selfLinks = run('delete from relationships where (person_a_id = ? and person_b_id = ?) or (person_a_id = ? and person_b_id = ?)', to, from, from, to);
    if (selfLinks > 0) dropped.push(`${selfLinks === 1 ? 'The relationship' : `${selfLinks} relationships`} between ${names.kept} and ${names.merged} (one person now)`);
    run('update relationships set person_a_id = ? where person_a_id = ?', to, from);
    run('update relationships set person_b_id = ? where person_b_id = ?', to, from);
    // The same relationship twice (both records were someone's partner): the older one stays.
    const repeatedRelationships = run(
      `delete from relationships where ? in (person_a_id, person_b_id) and id not in (
         select min(id) from relationships where ? in (person_a_id, person_b_id)
         group by kind,
           case when kind in ('parent', 'grandparent') then person_a_id else min(person_a_id, person_b_id) end,
           case when kind in ('parent', 'grandparent') then person_b_id else max(person_a_id, person_b_id) end,
           coalesce(until, ''))`,
      to,
      to,
    );
    if (repeatedRelationships > 0) dropped.push(`${repeatedRelationships} relationship${repeatedRelationships === 1 ? '' : 's'} both records had`);

    run('update roles set person_id = ? where person_id = ?', to, from);
    const repeatedRoles = run(
      `delete from roles where person_id = ? and id not in (
         select min(id) from roles where person_id = ? group by client_id, role, coalesce(title, ''), coalesce(since, ''), coalesce(until, ''))`,
      to,
      to,
    );
    if (repeatedRoles > 0) dropped.push(`${repeatedRoles} role${repeatedRoles === 1 ? '' : 's'} both records had`);

    run('insert or ignore into life_event_people (event_id, person_id) select event_id, ? from life_event_people where person_id = ?', to, from);
    run('delete from life_event_people where person_id = ?', from);

    // Both at the same visit: one attendee, expected or met if either was.
    run(
      `update visit_attendees set expected = max(expected, (select o.expected from visit_attendees o where o.visit_id = visit_attendees.visit_id and o.person_id = ?)),
         attended = max(attended, (select o.attended from visit_attendees o where o.visit_id = visit_attendees.visit_id and o.person_id = ?))
       where person_id = ? and visit_id in (select visit_id from visit_attendees where person_id = ?)`,
      from,
      from,
      to,
      from,
    );
    run('insert or ignore into visit_attendees (visit_id, person_id, expected, attended) select visit_id, ?, expected, attended from visit_attendees where person_id = ?', to, from);
    run('delete from visit_attendees where person_id = ?', from);

    for (const table of ['contacts', 'follow_ups', 'know_how']) run(`update ${table} set person_id = ? where person_id = ?`, to, from);
    return dropped;
  };

  const merge = ({ keepId, mergeId, choices }: Parsed): MergeOutcome => {
    const { kept, merged } = pair(keepId, mergeId);
    const fields = resolveFields(PERSON_FIELDS, kept, merged, choices);
    const birthYear = fields['birthdayYear'];
    const diedOn = fields['diedOn'];
    if (typeof birthYear === 'number' && typeof diedOn === 'string' && Number(diedOn.slice(0, 4)) < birthYear) {
      throw new AppFailure('conflict', `The merged record would have died (${diedOn}) before being born (${birthYear}). Choose the other birthday or date of death.`);
    }
    const before = counts(keepId, mergeId);
    return db.transaction(() => {
      const dropped = moveLinks(keepId, mergeId, { kept: displayName(kept), merged: displayName(merged) });
      moveTags(sqlite, 'person', keepId, mergeId);
      moveContactDetails(sqlite, 'person_id', keepId, mergeId, { phone: fields['phone'], email: fields['email'] });
      db.update(people)
        .set({ ...(fields as Partial<PersonRow>), externalUid: kept.externalUid ?? merged.externalUid, updatedAt: isoNow(clock) })
        .where(eq(people.id, keepId))
        .run();
      // Their death (recorded on either record) names the close family, as marking the kept one
      // would: the record merged in was often typed in bare, without the family the kept one has.
      const family = relationshipsRepository(db, clock).closeRelativeIds(keepId);
      const onTheirDeath = sqlite.prepare<[number, number, number]>(
        `insert or ignore into life_event_people (event_id, person_id)
         select e.id, ? from life_events e join life_event_people lp on lp.event_id = e.id join people p on p.id = lp.person_id
         where lp.person_id = ? and e.type_key = 'death' and e.deleted_at is null and e.date = p.died_on and p.id = ?`,
      );
      for (const relative of family) onTheirDeath.run(relative, keepId, keepId);
      // Everything has moved: deleting the merged record takes only the record itself (and its search entry, by trigger).
      db.delete(people).where(eq(people.id, mergeId)).run();
      const moved = before.map((c) => ({ ...c, kept: count(LINKS.find((l) => l.link === c.link)?.count ?? '', keepId) }));
      return { kind: 'person', kept: side(load(keepId)), merged: side(merged), moved, dropped };
    });
  };

  const preview = ({ keepId, mergeId }: { keepId: number; mergeId: number }): MergePreview => {
    const { kept, merged } = pair(keepId, mergeId);
    const notes = dryRunNotes(sqlite, () => moveLinks(keepId, mergeId, { kept: displayName(kept), merged: displayName(merged) }));
    const died = [kept, merged].find((p) => p.diedOn !== null);
    if (died) notes.unshift(`${displayName(died)} died on ${died.diedOn}: the record kept says so too, and every briefing treats them as someone who has died.`);
    return { kind: 'person', kept: side(kept), merged: side(merged), fields: PERSON_FIELDS.map((spec) => viewField(spec, kept, merged)), links: counts(keepId, mergeId), notes };
  };

  return { preview, merge };
}

/** Runs the moves in a savepoint and rolls them back, to say exactly what a merge would drop. */
export function dryRunNotes(sqlite: Database.Database, move: () => string[]): string[] {
  let dropped: string[] = [];
  try {
    sqlite.transaction(() => {
      dropped = move();
      throw new DryRun();
    })();
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return dropped.map((what) => `Dropped: ${what}.`);
}

class DryRun extends Error {}
