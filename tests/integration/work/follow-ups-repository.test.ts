import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followUpsRepository, selectFollowUps } from '../../../db/repositories/follow-ups.ts';
import { visitsRepository } from '../../../db/repositories/visits.ts';
import { FollowUpCreate, FollowUpDone, FollowUpList, FollowUpUpdate } from '../../../src/contract/schemas/work.ts';
import { VisitCreate } from '../../../src/contract/schemas/visits.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { queryPlan, seedClient, seedPerson, trashClient, trashPerson } from '../visits/seed.ts';

describe('follow-ups repository on a real SQLite file', () => {
  let store: TempStore;
  let clientId: number;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    clock.set('2026-11-25T09:00:00.000Z');
    store = await tempStore();
    clientId = seedClient(store, 'Smith Dental');
  });
  afterEach(() => store.dispose());

  const repo = () => followUpsRepository(store.db, clock);
  const add = (fields: Partial<typeof FollowUpCreate._input> = {}) =>
    repo().create(FollowUpCreate.parse({ clientId, dueAt: '2026-11-26T18:00:00Z', kind: 'call', ...fields }));
  const ids = (filter: typeof FollowUpList._input = {}) => repo().list(FollowUpList.parse(filter)).map((f) => f.id);
  const visitOf = (client: number) => visitsRepository(store.db, clock).create(VisitCreate.parse({ clientId: client, startsAt: '2026-11-25T10:00:00Z' }));

  it('creates a follow-up from a visit, about a person, with the context to answer their questions', () => {
    const sue = seedPerson(store, 'Sue');
    const visit = visitOf(clientId);
    const followUp = add({ personId: sue, sourceVisitId: visit.id, context: 'New router: admin password in the safe' });
    expect(followUp).toEqual({
      id: followUp.id,
      clientId,
      personId: sue,
      dueAt: '2026-11-26T18:00:00.000Z',
      kind: 'call',
      context: 'New router: admin password in the safe',
      sourceVisitId: visit.id,
      sourceContactId: null,
      doneAt: null,
      outcome: null,
      createdAt: '2026-11-25T09:00:00.000Z',
      updatedAt: '2026-11-25T09:00:00.000Z',
    });
    expect(repo().get(followUp.id)).toEqual(followUp);
  });

  it('refuses a missing client, person or source visit, and a visit to another client', () => {
    const ghost = seedPerson(store, 'Ghost');
    trashPerson(store, ghost);
    expect(() => add({ clientId: 404 })).toThrow(/Client 404 was not found/);
    expect(() => add({ personId: ghost })).toThrow(new RegExp(`Person ${ghost} was not found`));
    expect(() => add({ sourceVisitId: 404 })).toThrow(/Visit 404 was not found/);
    const elsewhere = visitOf(seedClient(store, 'Jones Accountants'));
    expect(() => add({ sourceVisitId: elsewhere.id })).toThrow(expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/not a visit to Smith Dental/) }));
    expect(countRows(store, 'follow_ups')).toBe(0);
  });

  it('updates only the fields given', () => {
    const followUp = add({ context: 'Printer jam' });
    clock.advance(1_000);
    expect(repo().update(FollowUpUpdate.parse({ id: followUp.id, kind: 'email' }))).toEqual({ ...followUp, kind: 'email', updatedAt: '2026-11-25T09:00:01.000Z' });
    expect(() => repo().update(FollowUpUpdate.parse({ id: followUp.id, personId: 404 }))).toThrow(/Person 404/);
  });

  it('still edits a follow-up whose person went to the trash', () => {
    const sue = seedPerson(store, 'Sue');
    const followUp = add({ personId: sue });
    trashPerson(store, sue);
    expect(ids()).toEqual([followUp.id]);
    expect(repo().update(FollowUpUpdate.parse({ id: followUp.id, context: 'Ask Tom instead' })).context).toBe('Ask Tom instead');
  });

  it('ticks off now or at a given time with an outcome, and reopens keeping the outcome', () => {
    const a = add();
    const b = add();
    expect(repo().done(FollowUpDone.parse({ id: a.id, outcome: 'Router fine' }))).toMatchObject({ doneAt: '2026-11-25T09:00:00.000Z', outcome: 'Router fine' });
    expect(repo().done(FollowUpDone.parse({ id: b.id, at: '2026-11-26T19:00:00Z' })).doneAt).toBe('2026-11-26T19:00:00.000Z');
    clock.advance(60_000);
    expect(repo().done(FollowUpDone.parse({ id: a.id })).doneAt).toBe('2026-11-25T09:00:00.000Z');
    expect(repo().done(FollowUpDone.parse({ id: a.id, done: false }))).toMatchObject({ doneAt: null, outcome: 'Router fine' });
  });

  it('lists open ones, due before a time, by client or person, soonest first', () => {
    const sue = seedPerson(store, 'Sue');
    const other = seedClient(store, 'Jones Accountants');
    const later = add({ dueAt: '2026-12-01T09:00:00Z', personId: sue });
    const soon = add({ dueAt: '2026-11-25T17:00:00Z' });
    const theirs = add({ clientId: other, dueAt: '2026-11-26T09:00:00Z' });
    const done = add({ dueAt: '2026-11-24T09:00:00Z' });
    repo().done({ id: done.id, done: true });

    expect(ids()).toEqual([done.id, soon.id, theirs.id, later.id]);
    expect(ids({ open: true })).toEqual([soon.id, theirs.id, later.id]);
    expect(ids({ open: false })).toEqual([done.id]);
    expect(ids({ open: true, dueBefore: '2026-11-26T09:00:00Z' })).toEqual([soon.id]);
    expect(ids({ clientId: other })).toEqual([theirs.id]);
    expect(ids({ personId: sue })).toEqual([later.id]);
  });

  it('drops trashed follow-ups and those of trashed clients', () => {
    const other = seedClient(store, 'Jones Accountants');
    const kept = add();
    const binned = add({ kind: 'check' });
    add({ clientId: other });
    expect(repo().trash(binned.id)).toEqual({ entity: 'followUp', id: binned.id, label: 'Follow-up (check) with Smith Dental, due', day: '2026-11-26', deletedAt: '2026-11-25T09:00:00.000Z' });
    trashClient(store, other);
    expect(ids()).toEqual([kept.id]);
    expect(() => repo().done({ id: binned.id, done: true })).toThrow(/Follow-up .* was not found/);
    expect(() => repo().update({ id: binned.id, context: 'x' })).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('open follow-ups due before a time search follow_ups_due_idx in due order', () => {
    const plan = queryPlan(store, selectFollowUps(store.db, { open: true, dueBefore: '2026-11-26T00:00:00.000Z' }));
    expect(plan).toContainEqual('SEARCH follow_ups USING INDEX follow_ups_due_idx (done_at=? AND due_at<?)');
    expect(plan).not.toContainEqual(expect.stringMatching(/^SCAN follow_ups|TEMP B-TREE/));
  });
});
