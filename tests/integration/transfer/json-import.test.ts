import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AskAfterExport } from '../../../src/export/json-format.ts';
import { databaseBytes, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { addTheRest, channels, NOW, type Channels } from './helpers.ts';

describe('importing a JSON export', () => {
  let source: TempStore;
  let target: TempStore;
  let exported: AskAfterExport;
  let to: Channels;
  beforeEach(async () => {
    source = await tempStore('source.sqlite');
    target = await tempStore('target.sqlite');
    const from = channels(source, fixedClock(NOW));
    addTheRest(from);
    exported = from.call('export:json', {});
    to = channels(target, fixedClock(NOW));
  });
  afterEach(() => {
    source.dispose();
    target.dispose();
  });

  /** Every refusal: the preview says why, apply fails with the same words, and the file is untouched. */
  function expectRefused(text: string, why: RegExp) {
    const before = databaseBytes(target);
    const preview = to.call('import:preview', { text, format: 'json' });
    expect(preview.canApply).toBe(false);
    expect(preview.blockedBy).toMatch(why);
    expect(preview.counts.errors).toBe(1);
    const failure = to.failure('import:apply', { text, format: 'json' });
    expect(failure).toMatchObject({ code: 'invalid_input', message: preview.blockedBy });
    expect(Buffer.compare(databaseBytes(target), before)).toBe(0);
  }

  it('previews the rows of each table before writing anything', () => {
    const before = databaseBytes(target);
    const preview = to.call('import:preview', { text: JSON.stringify(exported) });
    expect(preview).toMatchObject({ format: 'json', canApply: true, blockedBy: null });
    expect(preview.records).toContainEqual({ line: null, entity: 'people', action: 'new', label: `${exported.data.people.length} people`, match: null, notes: [], rows: exported.data.people.length });
    expect(preview.counts.new).toBe(Object.values(exported.data).reduce((n, rows) => n + (rows?.length ?? 0), 0));
    expect(Buffer.compare(databaseBytes(target), before)).toBe(0);
  });

  it('refuses a database that already holds data: merging is not supported', () => {
    to.call('clients:create', { name: 'Already here' });
    expectRefused(JSON.stringify(exported), /already holds 1 client\. A JSON export goes only into an empty database \(merging is not supported\)/);
  });

  it('refuses to import the same export twice', () => {
    to.call('import:apply', { text: JSON.stringify(exported) });
    expectRefused(JSON.stringify(exported), /already holds/);
  });

  it('refuses text that is not JSON, saying on which line', () => {
    expectRefused('{\n  "format": "askafter-export",\n  "version": 1,\n  oops\n}', /not valid JSON/);
    expect(to.call('import:preview', { text: '{\n\n  oops\n}', format: 'json' }).issues[0]?.line).toBe(3);
  });

  it('refuses JSON that is not our export, and an export from a newer version', () => {
    expectRefused('{"name": "something else"}', /not an Ask After export/);
    expectRefused(JSON.stringify({ ...exported, version: 5 }), /newer Ask After \(format version 5; this one reads version 4\)\. Update Ask After/);
  });

  it('still imports a version 1 export, made before contacts: it has no contacts and no contact settings', () => {
    const v1 = structuredClone(exported) as unknown as { version: number; data: Record<string, Record<string, unknown>[]> };
    v1.version = 1;
    delete v1.data.contacts;
    delete v1.data.tags;
    delete v1.data.clientTags;
    delete v1.data.personTags;
    delete v1.data.contactDetails;
    delete v1.data.clientFields;
    for (const client of v1.data.clients!) delete client.rhythmContactKinds;
    for (const followUp of v1.data.followUps!) delete followUp.sourceContactId;
    to.call('import:apply', { text: JSON.stringify(v1) });
    const again = to.call('export:json', {});
    expect(again.version).toBe(4);
    expect(again.data.clients).toHaveLength(exported.data.clients.length);
    expect(again.data.contacts).toEqual([]);
    expect(again.data.clients.every((c) => c.rhythmContactKinds === null)).toBe(true);
  });

  it('still imports a version 2 export, made before tags: nobody wears a tag and every rhythm is the client’s own', () => {
    const v2 = structuredClone(exported) as unknown as { version: number; data: Record<string, Record<string, unknown>[]> };
    v2.version = 2;
    delete v2.data.tags;
    delete v2.data.clientTags;
    delete v2.data.personTags;
    delete v2.data.clientFields;
    to.call('import:apply', { text: JSON.stringify(v2) });
    const again = to.call('export:json', {});
    expect(again.data.clients).toHaveLength(exported.data.clients.length);
    expect(again.data.tags).toEqual([]);
    expect(to.call('tags:list', {})).toEqual([]);
  });

  it('still imports a version 3 export, made before client fields: no client has fields of its own', () => {
    const v3 = structuredClone(exported) as unknown as { version: number; data: Record<string, Record<string, unknown>[]> };
    v3.version = 3;
    delete v3.data.clientFields;
    to.call('import:apply', { text: JSON.stringify(v3) });
    const again = to.call('export:json', {});
    expect(again.data.clients).toHaveLength(exported.data.clients.length);
    expect(again.data.clientFields).toEqual([]);
  });

  it('refuses a client field with a date that is not a date, naming the row', () => {
    const damaged = structuredClone(exported);
    const field = damaged.data.clientFields.find((f) => f.kind === 'date')!;
    field.value = '2027-02-31';
    expectRefused(JSON.stringify(damaged), /client_?[fF]ields, row \d+ \(id \d+\), value: A date field holds a date/);
  });

  it('brings tags back with the clients and people who wear them, and the rhythm a tag gives', () => {
    to.call('import:apply', { text: JSON.stringify(exported) });
    const retainer = to.call('tags:list', {}).find((t) => t.name === 'On retainer')!;
    expect(retainer).toMatchObject({ rhythmDays: 28, clients: 1, people: 0 });
    const [client] = to.call('clients:list', { includeArchived: true, tagId: retainer.id });
    expect(client?.tagRhythmDays).toBe(28);
  });

  it('refuses a damaged row, naming the table, row and field', () => {
    const damaged = structuredClone(exported);
    damaged.data.people[0]!.birthdayMonth = 13;
    expectRefused(JSON.stringify(damaged), new RegExp(`people, row 1 \\(id ${exported.data.people[0]!.id}\\), birthdayMonth`));
  });

  it('refuses rows that point at rows the file does not hold, or share an id', () => {
    const orphan = structuredClone(exported);
    orphan.data.visits[0]!.clientId = 999;
    expectRefused(JSON.stringify(orphan), /visits \d+: clientId 999 is not in the file/);
    const twice = structuredClone(exported);
    twice.data.clients.push(twice.data.clients[0]!);
    expectRefused(JSON.stringify(twice), /clients: \d+ appears twice/);
  });
});
