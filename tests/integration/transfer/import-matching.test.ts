import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeImportBytes } from '../../../db/import/read-file.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { fixture } from './fixtures.ts';
import { channels, NOW, type Channels } from './helpers.ts';

/** Real address-book exports shared by every helper (read-only). */
const real = (path: string) => decodeImportBytes(readFileSync(`/work/shared/fixtures/real/${path}`));

describe('who a contact is: two agreeing signals, never one', () => {
  let store: TempStore;
  let api: Channels;
  beforeEach(async () => {
    store = await tempStore();
    api = channels(store, fixedClock(NOW));
  });
  afterEach(() => store.dispose());

  const lineOf = (preview: { records: { line: number | null; entity: string }[] }, line: number) => preview.records.find((r) => r.line === line && r.entity === 'person');

  it('never takes a short number shared by two Android cards for one person, and can import the rest without the nameless cards', () => {
    const android = real('vcard/ezvcard-android-v21-qp.vcf');
    const preview = api.call('import:preview', { text: android });
    expect(preview.canApply).toBe(false);
    expect(preview.blockedBy).toMatch(/choose to import the rest without them/);
    // Line 36 has its own name, e-mail and organisation; it only shares "123456" with line 18.
    expect(lineOf(preview, 36)).toMatchObject({ action: 'new', match: null });
    expect(preview.records.some((r) => r.notes.some((n) => /same person as line 18/.test(n)))).toBe(false);

    const rest = api.call('import:preview', { text: android, skipErrors: true });
    expect(rest).toMatchObject({ canApply: true, blockedBy: null });
    expect(api.call('import:apply', { text: android, skipErrors: true }).created).toMatchObject({ person: 4 });
  });

  it('leaves a saved namesake alone when nothing else agrees, and says so in the preview', () => {
    const stranger = api.call('people:create', { givenName: 'Lily', familyName: 'Baker', phone: '07000 000000' });
    const preview = api.call('import:preview', { text: fixture('phone-contacts.vcf') });
    expect(lineOf(preview, 40)).toMatchObject({ action: 'new', match: null, notes: expect.arrayContaining([expect.stringMatching(/^the same name as Lily Baker, but nothing else agrees/)]) });
    api.call('import:apply', { text: fixture('phone-contacts.vcf') });
    expect(api.call('people:get', { id: stranger.id })).toMatchObject({ birthday: null, phone: '07000 000000' });
    expect(api.call('people:list', { query: 'Lily' })).toHaveLength(2);
  });

  it('asks about a contact whose name alone matches: "maybe the same as Ann Smith (Smith Dental)?", new unless the user merges', () => {
    const dental = api.call('clients:create', { name: 'Smith Dental' });
    const ann = api.call('people:create', { givenName: 'Ann', familyName: 'Smith', clientId: dental.id, role: 'staff' });
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ann Smith', 'N:Smith;Ann;;;', 'EMAIL:ann.smith@example.org', 'END:VCARD', ''].join('\r\n');

    const asked = api.call('import:preview', { text: card }).records.find((r) => r.entity === 'person');
    expect(asked).toMatchObject({ action: 'new', match: null, maybe: [{ id: ann.id, name: 'Ann Smith', client: 'Smith Dental' }] });
    const line = String(asked!.line);

    // Chosen: the preview says so, and the apply fills in the saved Ann instead of adding another.
    const merged = api.call('import:preview', { text: card, merges: { [line]: ann.id } }).records.find((r) => r.entity === 'person');
    expect(merged).toMatchObject({ action: 'update', match: { id: ann.id, by: 'chosen' }, maybe: [{ id: ann.id }], notes: expect.arrayContaining(['merged into Ann Smith, as you chose']) });
    expect(api.call('import:apply', { text: card, merges: { [line]: ann.id } })).toMatchObject({ created: {}, updated: { person: 1 } });
    expect(api.call('people:list', { query: 'Ann Smith' })).toHaveLength(1);
    expect(api.call('people:get', { id: ann.id })).toMatchObject({ email: 'ann.smith@example.org' });
  });

  it('adds a same-name contact as someone new by default, and ignores a merge into anyone who is not its namesake', () => {
    const ann = api.call('people:create', { givenName: 'Ann', familyName: 'Smith' });
    const bob = api.call('people:create', { givenName: 'Bob', familyName: 'Jones' });
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ann Smith', 'N:Smith;Ann;;;', 'EMAIL:ann.smith@example.org', 'END:VCARD', ''].join('\r\n');
    const line = String(api.call('import:preview', { text: card }).records.find((r) => r.entity === 'person')!.line);
    expect(api.call('import:preview', { text: card, merges: { [line]: bob.id } }).records.find((r) => r.entity === 'person')).toMatchObject({ action: 'new', match: null });
    api.call('import:apply', { text: card });
    expect(api.call('people:list', { query: 'Ann Smith' })).toHaveLength(2);
    expect(api.call('people:get', { id: ann.id })).toMatchObject({ email: null });
  });

  it('takes the same name plus the same birthday, or plus the same organisation, as the same person', () => {
    const lily = api.call('people:create', { givenName: 'Lily', familyName: 'Baker', birthday: { month: 3, day: 1, year: null } });
    const byBirthday = api.call('import:preview', { text: fixture('phone-contacts.vcf') });
    expect(lineOf(byBirthday, 40)).toMatchObject({ match: { id: lily.id, by: 'name' } });

    const dental = api.call('clients:create', { name: 'Smith Dental' });
    const ann = api.call('people:create', { givenName: 'Ann', familyName: 'Smith', clientId: dental.id, role: 'staff' });
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ann Smith', 'N:Smith;Ann;;;', 'ORG:Smith Dental', 'EMAIL:ann@smith-dental.example', 'END:VCARD', ''].join('\r\n');
    expect(api.call('import:preview', { text: card }).records.find((r) => r.entity === 'person')).toMatchObject({ action: 'update', match: { id: ann.id, by: 'name' } });
    const elsewhere = card.replace('ORG:Smith Dental', 'ORG:Hill Farm');
    expect(api.call('import:preview', { text: elsewhere }).records.find((r) => r.entity === 'person')).toMatchObject({ action: 'new', match: null });
  });

  it('needs the family names to agree beside a shared e-mail: Sue Baker is not Sue Hill', () => {
    api.call('people:create', { givenName: 'Sue', familyName: 'Hill', email: 'family@example.org' });
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Sue Baker', 'N:Baker;Sue;;;', 'EMAIL:family@example.org', 'END:VCARD', ''].join('\r\n');
    expect(api.call('import:preview', { text: card }).records.find((r) => r.entity === 'person')).toMatchObject({ action: 'new', match: null });
  });
});
