import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { visitsRepository } from '../../../db/repositories/visits.ts';
import { VisitCreate, VisitList, VisitSetAttendees, VisitUpdate, type VisitCreate as VisitCreateInput } from '../../../src/contract/schemas/visits.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { seedClient, seedPerson, trashClient, trashPerson } from './seed.ts';

describe('visits repository on a real SQLite file', () => {
  let store: TempStore;
  let clientId: number;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    clock.set('2026-11-25T09:00:00.000Z');
    store = await tempStore();
    clientId = seedClient(store, 'Smith Dental');
  });
  afterEach(() => store.dispose());

  const repo = () => visitsRepository(store.db, clock);
  const plan = (fields: Partial<VisitCreateInput> = {}) => repo().create(VisitCreate.parse({ clientId, startsAt: '2026-11-26T10:00:00Z', ...fields }));
  const list = (filter: Partial<typeof VisitList._input> = {}) => repo().list(VisitList.parse(filter));

  describe('create and get', () => {
    it('plans a visit with its client name and the people expected there', () => {
      const sue = seedPerson(store, 'Sue');
      const tom = seedPerson(store, 'Tom');
      const visit = plan({ purpose: 'New router', expectedPersonIds: [tom, sue] });
      expect(visit).toMatchObject({
        clientId,
        clientName: 'Smith Dental',
        status: 'planned',
        purpose: 'New router',
        completedAt: null,
        startsAt: '2026-11-26T10:00:00.000Z',
        createdAt: '2026-11-25T09:00:00.000Z',
        attendees: [
          { personId: sue, expected: true, attended: false },
          { personId: tom, expected: true, attended: false },
        ],
      });
      expect(repo().get(visit.id)).toEqual(visit);
    });

    it('refuses a client that does not exist or is in the trash, saving nothing', () => {
      expect(() => plan({ clientId: 999 })).toThrow(/Client 999 was not found/);
      const gone = seedClient(store, 'Gone Ltd');
      trashClient(store, gone);
      expect(() => plan({ clientId: gone })).toThrow(expect.objectContaining({ code: 'not_found' }));
      expect(countRows(store, 'visits')).toBe(0);
    });

    it('refuses unknown or trashed people and leaves no half-written visit', () => {
      const sue = seedPerson(store, 'Sue');
      const ghost = seedPerson(store, 'Ghost');
      trashPerson(store, ghost);
      expect(() => plan({ expectedPersonIds: [sue, 404] })).toThrow(/Person 404 was not found/);
      expect(() => plan({ expectedPersonIds: [ghost] })).toThrow(new RegExp(`Person ${ghost} was not found`));
      expect(countRows(store, 'visits')).toBe(0);
      expect(countRows(store, 'visit_attendees')).toBe(0);
    });

    it('records a visit logged after the fact as completed now', () => {
      expect(plan({ status: 'completed' })).toMatchObject({ status: 'completed', completedAt: '2026-11-25T09:00:00.000Z' });
    });

    it('says clearly when a visit does not exist', () => {
      expect(() => repo().get(77)).toThrow(/Visit 77 was not found/);
      expect(() => repo().update({ id: 77, notes: 'x' })).toThrow(expect.objectContaining({ code: 'not_found' }));
    });
  });

  describe('update (the autosave of the visit log)', () => {
    it('writes only the field given and keeps the others', () => {
      const visit = plan({ purpose: 'Backups', location: 'Back office', workDone: 'Checked the NAS' });
      clock.advance(5_000);
      const saved = repo().update(VisitUpdate.parse({ id: visit.id, notes: 'Sue mentioned the new grandchild' }));
      expect(saved).toEqual({ ...visit, notes: 'Sue mentioned the new grandchild', updatedAt: '2026-11-25T09:00:05.000Z' });
    });

    it('gives the same result when the same keystrokes are saved twice', () => {
      const visit = plan();
      const first = repo().update(VisitUpdate.parse({ id: visit.id, workDone: 'Replaced toner' }));
      const second = repo().update(VisitUpdate.parse({ id: visit.id, workDone: 'Replaced toner' }));
      expect(second).toEqual(first);
    });

    it('clears a field typed empty, but not one left out', () => {
      const visit = plan({ notes: 'draft', purpose: 'Printer' });
      expect(repo().update(VisitUpdate.parse({ id: visit.id, notes: '   ' }))).toMatchObject({ notes: null, purpose: 'Printer' });
    });

    it('refuses an end before the start, also against the saved start', () => {
      const visit = plan();
      expect(() => repo().update(VisitUpdate.parse({ id: visit.id, endsAt: '2026-11-26T09:00:00Z' }))).toThrow(/ends? before it starts/);
      expect(repo().update(VisitUpdate.parse({ id: visit.id, endsAt: '2026-11-26T11:00:00Z' })).endsAt).toBe('2026-11-26T11:00:00.000Z');
    });

    it('moves a visit to another client only if that client exists', () => {
      const visit = plan();
      const other = seedClient(store, 'Jones Accountants');
      expect(repo().update({ id: visit.id, clientId: other })).toMatchObject({ clientId: other, clientName: 'Jones Accountants' });
      expect(() => repo().update({ id: visit.id, clientId: 999 })).toThrow(/Client 999/);
    });
  });

  describe('attendees', () => {
    it('replaces the set with who was there', () => {
      const [sue, tom, amy] = ['Sue', 'Tom', 'Amy'].map((name) => seedPerson(store, name)) as [number, number, number];
      const visit = plan({ expectedPersonIds: [sue, tom] });
      clock.advance(1_000);
      const logged = repo().setAttendees(
        VisitSetAttendees.parse({
          id: visit.id,
          attendees: [
            { personId: sue, expected: true, attended: true },
            { personId: amy, expected: false, attended: true },
          ],
        }),
      );
      expect(logged.attendees).toEqual([
        { personId: sue, expected: true, attended: true },
        { personId: amy, expected: false, attended: true },
      ]);
      expect(logged.updatedAt).toBe('2026-11-25T09:00:01.000Z');
    });

    it('refuses a person listed twice or unknown, keeping the previous set', () => {
      const sue = seedPerson(store, 'Sue');
      const visit = plan({ expectedPersonIds: [sue] });
      const twice = { id: visit.id, attendees: [{ personId: sue }, { personId: sue, attended: true }] };
      expect(() => repo().setAttendees(VisitSetAttendees.parse(twice))).toThrow(/listed twice/);
      expect(() => repo().setAttendees(VisitSetAttendees.parse({ id: visit.id, attendees: [{ personId: 404 }] }))).toThrow(/Person 404/);
      expect(repo().get(visit.id).attendees).toEqual([{ personId: sue, expected: true, attended: false }]);
    });

    it('hides people in the trash and gives them back their place when restored', () => {
      const sue = seedPerson(store, 'Sue');
      const tom = seedPerson(store, 'Tom');
      const visit = plan({ expectedPersonIds: [sue, tom] });
      trashPerson(store, tom);
      expect(repo().get(visit.id).attendees.map((a) => a.personId)).toEqual([sue]);
      repo().setAttendees(VisitSetAttendees.parse({ id: visit.id, attendees: [{ personId: sue, attended: true }] }));
      store.sqlite.prepare('update people set deleted_at = null where id = ?').run(tom);
      expect(repo().get(visit.id).attendees.map((a) => a.personId)).toEqual([sue, tom]);
    });
  });

  describe('complete and cancel', () => {
    it('completes a planned visit now, or at the time given', () => {
      const a = plan();
      const b = plan();
      expect(repo().complete({ id: a.id })).toMatchObject({ status: 'completed', completedAt: '2026-11-25T09:00:00.000Z' });
      expect(repo().complete({ id: b.id, completedAt: '2026-11-26T12:00:00.000Z' }).completedAt).toBe('2026-11-26T12:00:00.000Z');
    });

    it('completing twice changes nothing', () => {
      const visit = plan();
      const done = repo().complete({ id: visit.id });
      clock.advance(60_000);
      expect(repo().complete({ id: visit.id })).toEqual(done);
    });

    it('refuses to complete a cancelled visit, with a reason and a way on', () => {
      const visit = plan();
      repo().cancel({ id: visit.id });
      expect(() => repo().complete({ id: visit.id })).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/was cancelled.*Plan a new visit/) }));
      expect(repo().get(visit.id).status).toBe('cancelled');
    });

    it('cancels only a planned visit; cancelling twice is harmless', () => {
      const visit = plan();
      const cancelled = repo().cancel({ id: visit.id });
      expect(cancelled.status).toBe('cancelled');
      expect(repo().cancel({ id: visit.id })).toEqual(cancelled);
      const done = plan();
      repo().complete({ id: done.id });
      expect(() => repo().cancel({ id: done.id })).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/already been logged as completed/) }));
    });
  });

  describe('list', () => {
    it('filters by client, by window [from, to) and by status, in start order', () => {
      const other = seedClient(store, 'Jones Accountants');
      const late = plan({ startsAt: '2026-11-27T10:00:00Z' });
      const early = plan({ startsAt: '2026-11-20T10:00:00Z' });
      const elsewhere = plan({ clientId: other, startsAt: '2026-11-24T10:00:00Z' });
      const atEnd = plan({ startsAt: '2026-11-30T00:00:00Z' });
      repo().complete({ id: early.id });

      expect(list().map((v) => v.id)).toEqual([early.id, elsewhere.id, late.id, atEnd.id]);
      expect(list({ clientId }).map((v) => v.id)).toEqual([early.id, late.id, atEnd.id]);
      expect(list({ from: '2026-11-24T10:00:00Z', to: '2026-11-30T00:00:00Z' }).map((v) => v.id)).toEqual([elsewhere.id, late.id]);
      expect(list({ status: 'completed' }).map((v) => v.id)).toEqual([early.id]);
      expect(list({ clientId, status: 'planned', limit: 1 }).map((v) => v.id)).toEqual([late.id]);
      expect(list({ clientId: other })[0]).toMatchObject({ clientName: 'Jones Accountants', attendees: [] });
    });

    it('drops trashed visits and the visits of trashed clients, from lists and from get', () => {
      const other = seedClient(store, 'Jones Accountants');
      const kept = plan();
      const binned = plan();
      const orphaned = plan({ clientId: other });
      const item = repo().trash(binned.id);
      trashClient(store, other);
      expect(item).toEqual({ entity: 'visit', id: binned.id, label: 'Visit to Smith Dental on', day: '2026-11-26', deletedAt: '2026-11-25T09:00:00.000Z' });
      expect(list().map((v) => v.id)).toEqual([kept.id]);
      expect(() => repo().get(binned.id)).toThrow(/Visit .* was not found/);
      expect(() => repo().get(orphaned.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
      expect(() => repo().update({ id: binned.id, notes: 'late edit' })).toThrow(expect.objectContaining({ code: 'not_found' }));
      expect(() => repo().update({ id: orphaned.id, notes: 'late edit' })).toThrow(expect.objectContaining({ code: 'not_found' }));
      expect(store.sqlite.prepare('select notes from visits where id = ?').get(orphaned.id)).toEqual({ notes: null });
      expect(() => repo().trash(binned.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
      expect(countRows(store, 'visits')).toBe(3);
    });
  });
});
