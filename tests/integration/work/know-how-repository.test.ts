import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { knowHowRepository } from '../../../db/repositories/know-how.ts';
import { KnowHowCreate, KnowHowList, KnowHowUpdate } from '../../../src/contract/schemas/work.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { seedClient, seedPerson, trashClient, trashPerson } from '../visits/seed.ts';

describe('know-how repository on a real SQLite file', () => {
  let store: TempStore;
  let clientId: number;
  let sue: number;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    clock.set('2026-11-25T09:00:00.000Z');
    store = await tempStore();
    clientId = seedClient(store, 'Smith Dental');
    sue = seedPerson(store, 'Sue');
  });
  afterEach(() => store.dispose());

  const repo = () => knowHowRepository(store.db, clock);
  const add = (fields: Partial<typeof KnowHowCreate._input> = {}) => repo().create(KnowHowCreate.parse({ clientId, question: 'How do I scan to e-mail?', ...fields }));
  const ids = (filter: typeof KnowHowList._input = {}) => repo().list(KnowHowList.parse(filter)).map((k) => k.id);

  it('records a question once asked, now or when given', () => {
    expect(add({ answer: 'Scan button, then your name' })).toMatchObject({ clientId, personId: null, timesAsked: 1, lastAskedAt: '2026-11-25T09:00:00.000Z', answer: 'Scan button, then your name' });
    expect(add({ lastAskedAt: '2026-06-01T10:00:00Z' }).lastAskedAt).toBe('2026-06-01T10:00:00.000Z');
  });

  it('refuses a missing client or person', () => {
    expect(() => add({ clientId: 404 })).toThrow(/Client 404 was not found/);
    expect(() => add({ personId: 404 })).toThrow(/Person 404 was not found/);
    expect(countRows(store, 'know_how')).toBe(0);
  });

  it('counts each time they ask again; the last-asked time never moves back', () => {
    const question = add();
    clock.advance(86_400_000);
    expect(repo().askedAgain({ id: question.id })).toMatchObject({ timesAsked: 2, lastAskedAt: '2026-11-26T09:00:00.000Z' });
    expect(repo().askedAgain({ id: question.id, at: '2026-01-01T00:00:00.000Z' })).toMatchObject({ timesAsked: 3, lastAskedAt: '2026-11-26T09:00:00.000Z' });
  });

  it('updates the answer alone, and keeps at least one of client and person', () => {
    const question = add({ personId: sue });
    clock.advance(1_000);
    expect(repo().update(KnowHowUpdate.parse({ id: question.id, answer: 'Blue button' }))).toEqual({ ...question, answer: 'Blue button', updatedAt: '2026-11-25T09:00:01.000Z' });
    expect(repo().update(KnowHowUpdate.parse({ id: question.id, clientId: null })).clientId).toBeNull();
    expect(() => repo().update(KnowHowUpdate.parse({ id: question.id, personId: null }))).toThrow(expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/client or the person/) }));
    expect(() => KnowHowUpdate.parse({ id: question.id, question: '  ' })).toThrow(/Write the question/);
  });

  it('lists by client and/or person, most asked first', () => {
    const once = add();
    const often = add({ question: 'Why is the Wi-Fi slow?', personId: sue });
    repo().askedAgain({ id: often.id });
    const hers = add({ clientId: null, personId: sue, question: 'How do I video call my grandson?' });
    expect(ids()).toEqual([often.id, once.id, hers.id]);
    expect(ids({ clientId })).toEqual([often.id, once.id]);
    expect(ids({ personId: sue })).toEqual([often.id, hers.id]);
    expect(ids({ clientId, personId: sue })).toEqual([often.id]);
  });

  it('hides questions in the trash, or whose client or person is in the trash', () => {
    const other = seedClient(store, 'Jones Accountants');
    const tom = seedPerson(store, 'Tom');
    const kept = add();
    const binned = add({ question: 'Where is the router?' });
    add({ clientId: other });
    add({ clientId: null, personId: tom });
    expect(repo().trash(binned.id)).toEqual({ entity: 'knowHow', id: binned.id, label: 'Where is the router?', day: null, deletedAt: '2026-11-25T09:00:00.000Z' });
    trashClient(store, other);
    trashPerson(store, tom);
    expect(ids()).toEqual([kept.id]);
    expect(() => repo().askedAgain({ id: binned.id })).toThrow(/Question .* was not found/);
  });
});
