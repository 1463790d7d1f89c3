import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../db/connection.ts';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { planDueReminders } from '../../../db/reminders/plan.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

let store: TempStore;
const clock = fixedClock('2026-06-02T06:00:00Z');

async function call(channel: string, input: unknown) {
  const result = createDispatcher(store, clock)(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { id: number };
}

describe('reminder ticks on a real database', () => {
  beforeEach(async () => {
    store = await tempStore();
    const client = await call('clients:create', { name: 'Smith Dental' });
    const sue = await call('people:create', { givenName: 'Sue', familyName: 'Baker' });
    await call('roles:create', { personId: sue.id, clientId: client.id, role: 'owner' });
    await call('visits:create', { clientId: client.id, startsAt: '2026-06-02T09:00:00Z', expectedPersonIds: [sue.id] });
    await call('followUps:create', { clientId: client.id, dueAt: '2026-06-02T07:30:00Z', kind: 'call', context: 'Ring Sue about the printer quote' });
    await call('shellSettings:save', { reminders: { morningSummary: false, quietHours: { enabled: false, start: '21:00', end: '07:00' } } });
  });
  afterEach(() => store.dispose());

  it('shows a visit reminder once, across ticks and a restart, and records it before showing', async () => {
    expect(planDueReminders(store, new Date('2026-06-02T07:00:00Z'), 'UTC', clock)).toEqual([]);
    const [followUp] = planDueReminders(store, new Date('2026-06-02T07:31:00Z'), 'UTC', clock);
    expect(followUp).toMatchObject({ title: 'Follow-up due', visitId: null });
    const [visit, ...more] = planDueReminders(store, new Date('2026-06-02T08:00:00Z'), 'UTC', clock);
    expect(more).toEqual([]);
    expect(visit).toMatchObject({ title: '09:00 visit: Smith Dental', visitId: expect.any(Number), keys: ['visit:1@2026-06-02T09:00:00.000Z'] });
    expect(countRows(store, 'notifications_sent')).toBe(2);
    expect(planDueReminders(store, new Date('2026-06-02T08:01:00Z'), 'UTC', clock)).toEqual([]);

    // A restart: a second connection to the same file finds the keys taken.
    const again = await openStore({ file: store.file });
    try {
      expect(planDueReminders(again, new Date('2026-06-02T08:05:00Z'), 'UTC', clock)).toEqual([]);
    } finally {
      again.close();
    }
  });

  it('after the app was closed all morning, what came due arrives once, grouped', () => {
    const [only, ...rest] = planDueReminders(store, new Date('2026-06-02T08:30:00Z'), 'UTC', clock);
    expect(rest).toEqual([]);
    expect(only?.title).toBe('2 reminders from Ask After');
    expect(only?.body).toBe('Follow-up due\n09:00 visit: Smith Dental');
  });

  it('a rescheduled visit reminds again for its new time; a cancelled one does not', async () => {
    planDueReminders(store, new Date('2026-06-02T08:30:00Z'), 'UTC', clock);
    await call('visits:update', { id: 1, startsAt: '2026-06-02T11:00:00Z' });
    expect(planDueReminders(store, new Date('2026-06-02T10:00:00Z'), 'UTC', clock)[0]?.keys).toEqual(['visit:1@2026-06-02T11:00:00.000Z']);
    await call('visits:create', { clientId: 1, startsAt: '2026-06-02T15:00:00Z' });
    await call('visits:cancel', { id: 2 });
    expect(planDueReminders(store, new Date('2026-06-02T14:30:00Z'), 'UTC', clock)).toEqual([]);
  });

  it('turned off in settings, nothing is shown or recorded', async () => {
    await call('shellSettings:save', { reminders: { enabled: false } });
    expect(planDueReminders(store, new Date('2026-06-02T08:30:00Z'), 'UTC', clock)).toEqual([]);
    expect(countRows(store, 'notifications_sent')).toBe(0);
  });
});
