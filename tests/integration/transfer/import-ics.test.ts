import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { fixture } from './fixtures.ts';
import { channels, NOW, type Channels } from './helpers.ts';

describe('importing a calendar', () => {
  let store: TempStore;
  let api: Channels;
  let ids: Record<'smith' | 'patels' | 'wood' | 'bakerSons' | 'bakersYard', number>;
  beforeEach(async () => {
    store = await tempStore();
    api = channels(store, fixedClock(NOW));
    ids = {
      smith: api.call('clients:create', { name: 'Smith Dental', address: '12 High Street, Leeds LS1 4AB' }).id,
      patels: api.call('clients:create', { name: 'The Patels', kind: 'household' }).id,
      wood: api.call('clients:create', { name: 'Wood & Co Joinery', address: '3 Mill Lane, Otley' }).id,
      bakerSons: api.call('clients:create', { name: 'Baker & Sons' }).id,
      bakersYard: api.call('clients:create', { name: 'Bakers Yard' }).id,
    };
  });
  afterEach(() => store.dispose());

  const text = () => fixture('calendar.ics');
  const input = (more = {}) => ({ text: text(), timeZone: 'Europe/London', ...more });
  const visitsOf = (clientId: number) => api.call('visits:list', { clientId, limit: 1000 });

  it('previews events from 30 days ago to a year ahead, matched to clients by name or place, the rest listed to assign', () => {
    const before = store.sqlite.serialize();
    const preview = api.call('import:preview', input());
    expect(Buffer.compare(store.sqlite.serialize(), before)).toBe(0);
    expect(preview.window).toEqual({ from: '2026-10-26T00:00:00.000Z', to: '2027-11-26T00:00:00.000Z' });
    expect(preview.counts).toEqual({ new: 22, updated: 0, duplicates: 0, skipped: 4, errors: 0 });
    expect(preview.records.find((r) => r.label.startsWith('Printer fix'))).toMatchObject({ action: 'new', label: 'Printer fix on 10 Dec, Wood & Co Joinery', notes: ['a planned visit to Wood & Co Joinery (found by location)'] });
    expect(preview.records.find((r) => r.label.startsWith('Smith Dental: new year'))).toMatchObject({ action: 'skip', notes: ['outside the dates imported (30 days ago to a year ahead)'] });
    expect(preview.unassigned).toEqual([
      { uid: 'floating@example.org', summary: 'Dentist (me)', location: null, firstStart: '2026-12-01T10:00:00.000Z', occurrences: 1, candidates: [] },
      { uid: 'handover@example.org', summary: 'Handover: Baker & Sons and Bakers Yard', location: null, firstStart: '2026-12-15T10:00:00.000Z', occurrences: 1, candidates: [{ id: ids.bakerSons, name: 'Baker & Sons' }, { id: ids.bakersYard, name: 'Bakers Yard' }] },
      { uid: 'office-closed@example.org', summary: 'Office closed', location: null, firstStart: '2026-12-24T00:00:00.000Z', occurrences: 1, candidates: [] },
    ]);
    expect(preview.records.find((r) => r.label.startsWith('Handover'))?.notes).toEqual(['could be Baker & Sons or Bakers Yard: choose the client']);
  });

  it('imports planned visits in UTC, across time zones, summer time and repeats within the window', () => {
    expect(api.call('import:apply', input()).created).toEqual({ visit: 22 });
    const smith = visitsOf(ids.smith);
    expect(smith.map((v) => v.startsAt)).toEqual([
      '2026-11-04T09:30:00.000Z', '2026-11-11T09:30:00.000Z', '2026-11-18T09:30:00.000Z', '2026-11-25T09:30:00.000Z', '2026-12-02T09:30:00.000Z', '2026-12-09T09:30:00.000Z',
      '2027-06-15T13:00:00.000Z', // 09:00 in New York, in its summer time
      '2027-07-12T08:00:00.000Z', // 09:00 in London, in British Summer Time
    ]);
    expect(smith[0]).toMatchObject({
      status: 'planned', endsAt: '2026-11-04T10:30:00.000Z', purpose: 'Smith Dental – weekly check', location: '12 High Street, Leeds',
      notes: 'Bring the spare router.\nAsk Sue about the new printer.', externalUid: 'smith-weekly@google.com#2026-11-04T09:30:00.000Z',
    });
    const patels = visitsOf(ids.patels).map((v) => v.startsAt);
    expect(patels).toHaveLength(13);
    expect(patels[0]).toBe('2026-11-05T14:00:00.000Z');
    expect(patels).toContain('2027-06-05T13:00:00.000Z');
    expect(patels.at(-1)).toBe('2027-11-05T14:00:00.000Z');
  });

  it('imports the events the user assigned to a client, and skips the rest', () => {
    expect(api.failure('import:preview', input({ assignments: { 'floating@example.org': 'x' } })).code).toBe('invalid_input');
    expect(api.call('import:preview', input({ assignments: { 'floating@example.org': 999 } })).records.find((r) => r.label.startsWith('Dentist'))).toMatchObject({ action: 'error', notes: ['the client chosen for it (999) was not found; it may have been deleted'] });
    const outcome = api.call('import:apply', input({ assignments: { 'floating@example.org': ids.smith, 'handover@example.org': ids.bakersYard } }));
    expect(outcome.counts).toMatchObject({ new: 24, skipped: 2 });
    expect(visitsOf(ids.bakersYard)).toMatchObject([{ startsAt: '2026-12-15T10:00:00.000Z', purpose: 'Handover: Baker & Sons and Bakers Yard' }]);
    expect(visitsOf(ids.smith).map((v) => v.purpose)).toContain('Dentist (me)');
  });

  it('reads times without a zone in the user\'s zone', () => {
    const preview = api.call('import:preview', input({ timeZone: 'America/New_York' }));
    expect(preview.unassigned.find((e) => e.uid === 'floating@example.org')?.firstStart).toBe('2026-12-01T15:00:00.000Z');
  });

  it('adds nothing twice on a re-import, and moves a planned visit the calendar moved', () => {
    api.call('import:apply', input());
    const again = api.call('import:preview', input());
    expect(again.counts).toEqual({ new: 0, updated: 0, duplicates: 22, skipped: 4, errors: 0 });
    const moved = text().replace('DTSTART;TZID=Europe/London:20270712T090000', 'DTSTART;TZID=Europe/London:20270712T080000');
    const preview = api.call('import:preview', { text: moved, timeZone: 'Europe/London' });
    expect(preview.records.filter((r) => r.action === 'update')).toMatchObject([{ label: expect.stringMatching(/^Smith Dental summer server move/), notes: ['changes start'] }]);
    api.call('import:apply', { text: moved, timeZone: 'Europe/London' });
    expect(visitsOf(ids.smith).map((v) => v.startsAt)).toContain('2027-07-12T07:00:00.000Z');
    expect(visitsOf(ids.smith)).toHaveLength(8);
  });

  it('leaves alone a visit already logged, and one in the trash', () => {
    api.call('import:apply', input());
    const [first, second] = visitsOf(ids.smith);
    api.call('visits:complete', { id: first!.id });
    api.call('visits:delete', { id: second!.id });
    const { records } = api.call('import:preview', input());
    expect(records.find((r) => r.match?.id === first!.id)).toMatchObject({ action: 'duplicate', notes: ['that visit is completed, so it is left as it is'] });
    expect(records.find((r) => r.match?.id === second!.id)).toMatchObject({ action: 'skip', notes: ['that visit is in the trash: restore it first to update it'] });
  });
});
