import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { channels, type Channels } from '../transfer/helpers.ts';

const NOW = '2027-01-30T09:00:00.000Z';
const TZ = 'Europe/London';

describe('a client\'s own fields, and the renewals they raise', () => {
  let store: TempStore;
  let api: Channels;
  beforeEach(async () => {
    store = await tempStore();
    api = channels(store, fixedClock(NOW));
  });
  afterEach(() => store.dispose());

  const client = (name: string) => api.call('clients:create', { name }).id;
  const renewals = () => api.call('dashboard:get', { timeZone: TZ }).renewals.map((i) => i.text);

  it('adds text and date fields in order, changes one in place and removes one for good', () => {
    const smith = client('Smith Dental');
    api.call('clientFields:set', { clientId: smith, kind: 'text', label: ' ISP ', value: 'Zen' });
    api.call('clientFields:set', { clientId: smith, kind: 'text', label: 'Router', value: 'DrayTek Vigor 2865' });
    const list = api.call('clientFields:set', { clientId: smith, kind: 'date', label: 'Microsoft 365 renewal', value: '2027-03-01', remindDaysBefore: 30 });
    expect(list.map((f) => [f.label, f.kind, f.value, f.remindDaysBefore])).toEqual([
      ['ISP', 'text', 'Zen', null],
      ['Router', 'text', 'DrayTek Vigor 2865', null],
      ['Microsoft 365 renewal', 'date', '2027-03-01', 30],
    ]);
    const router = list[1]!.id;
    api.call('clientFields:set', { id: router, kind: 'text', label: 'Router', value: 'DrayTek Vigor 2927' });
    expect(api.call('clientFields:list', { clientId: smith }).map((f) => f.value)).toEqual(['Zen', 'DrayTek Vigor 2927', '2027-03-01']);
    expect(api.call('clientFields:remove', { id: list[0]!.id }).map((f) => f.label)).toEqual(['Router', 'Microsoft 365 renewal']);
  });

  it('refuses an empty label, an impossible date and a negative reminder in words, changing nothing', () => {
    const smith = client('Smith Dental');
    expect(api.failure('clientFields:set', { clientId: smith, kind: 'text', label: '  ', value: 'Zen' }).message).toMatch(/Give the field a label/);
    expect(api.failure('clientFields:set', { clientId: smith, kind: 'date', label: 'Licence', value: '2027-02-31' }).message).toMatch(/31 February 2027 is not a day on the calendar/);
    expect(api.failure('clientFields:set', { clientId: smith, kind: 'date', label: 'Licence', value: '2027-03-01', remindDaysBefore: -5 }).message).toMatch(/cannot be a negative number of days/);
    expect(api.failure('clientFields:set', { clientId: smith, kind: 'text', label: 'ISP', value: 'Zen', remindDaysBefore: 30 } as never).message).toMatch(/Only a date can have a reminder/);
    expect(api.failure('clientFields:set', { clientId: 999, kind: 'text', label: 'ISP', value: 'Zen' }).code).toBe('not_found');
    expect(api.failure('clientFields:remove', { id: 999 }).code).toBe('not_found');
    expect(api.call('clientFields:list', { clientId: smith })).toEqual([]);
  });

  it('puts a renewal on the dashboard once its reminder has begun, and takes it off when the date moves on', () => {
    const smith = client('Smith Dental');
    const patels = client('The Patels');
    const [m365] = api.call('clientFields:set', { clientId: smith, kind: 'date', label: 'Microsoft 365 renewal', value: '2027-03-01', remindDaysBefore: 30 });
    api.call('clientFields:set', { clientId: smith, kind: 'date', label: 'Router warranty', value: '2027-02-10', remindDaysBefore: null });
    api.call('clientFields:set', { clientId: patels, kind: 'date', label: 'Domain renewal', value: '2027-01-27', remindDaysBefore: 14 });
    api.call('clientFields:set', { clientId: patels, kind: 'date', label: 'Antivirus licence', value: '2027-06-01', remindDaysBefore: 30 });
    expect(renewals()).toEqual(['The Patels: Domain renewal was due 3 days ago (renew or update the date).', 'Smith Dental: Microsoft 365 renewal in 30 days.']);
    const dashboard = api.call('dashboard:get', { timeZone: TZ });
    expect(dashboard.totals.renewals).toBe(2);
    expect(dashboard.renewals[1]!.reason).toBe('due 1 Mar; reminder from 30 days before');

    // Renewed: the date moves on a year and the item goes, not doubled.
    api.call('clientFields:set', { id: m365!.id, kind: 'date', label: 'Microsoft 365 renewal', value: '2028-03-01', remindDaysBefore: 30 });
    expect(renewals()).toEqual(['The Patels: Domain renewal was due 3 days ago (renew or update the date).']);
    // A client in the trash, or archived, raises none.
    api.call('clients:archive', { id: patels, archived: true });
    expect(renewals()).toEqual([]);
  });

  it('moves a merged client\'s fields after the kept one\'s, the same field once', () => {
    const smith = client('Smith Dental');
    const twice = client('Smith Dental Ltd');
    api.call('clientFields:set', { clientId: smith, kind: 'text', label: 'ISP', value: 'Zen' });
    api.call('clientFields:set', { clientId: twice, kind: 'text', label: 'isp', value: 'Zen' });
    api.call('clientFields:set', { clientId: twice, kind: 'date', label: 'Domain renewal', value: '2027-05-01', remindDaysBefore: 14 });
    api.call('clients:merge', { keepId: smith, mergeId: twice });
    expect(api.call('clientFields:list', { clientId: smith }).map((f) => [f.label, f.value])).toEqual([
      ['ISP', 'Zen'],
      ['Domain renewal', '2027-05-01'],
    ]);
  });

  it('says it on the day, and in the visit briefing among the promises', () => {
    const smith = client('Smith Dental');
    api.call('clientFields:set', { clientId: smith, kind: 'date', label: 'Microsoft 365 renewal', value: '2027-01-30', remindDaysBefore: 0 });
    api.call('clientFields:set', { clientId: smith, kind: 'date', label: 'Backup licence', value: '2027-09-30', remindDaysBefore: 30 });
    expect(renewals()).toEqual(['Smith Dental: Microsoft 365 renewal due today.']);
    const visit = api.call('visits:create', { clientId: smith, startsAt: '2027-02-01T10:00:00Z' }).id;
    const briefing = api.call('briefing:forVisit', { id: visit, timeZone: TZ });
    const followUps = briefing.client.sections.find((s) => s.key === 'followUps')!;
    expect([...followUps.items, ...followUps.more].map((i) => i.text)).toEqual(['Microsoft 365 renewal due today.']);
  });
});
