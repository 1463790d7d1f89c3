import { dueNotifications, reminderOccurrences, type PlannedNotification } from '../../src/reminders/due.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import { readShellSettings } from '../handlers/shell-settings.ts';
import { notificationsSentRepository } from '../repositories/notifications-sent.ts';
import { reminderInputReader } from './inputs.ts';

/** Sent keys are kept this long: longer than any reminder can stay due. */
const KEEP_SENT_MS = 400 * 86_400_000;

/**
 * One reminder tick: decides what is due at `now` and records it as sent in the same write
 * transaction, before the caller shows anything. A second tick, a second process or a restart
 * then finds the keys taken and shows nothing again.
 */
export function planDueReminders(store: Store, now: Date, timeZone: string, clock: Clock = systemClock): PlannedNotification[] {
  const run = store.sqlite.transaction(() => {
    const settings = readShellSettings(store.db, clock).reminders;
    if (!settings.enabled) return [];
    const inputs = reminderInputReader(store.db)(now, timeZone);
    const sent = notificationsSentRepository(store.db, clock);
    const alreadySent = sent.sentAmong(reminderOccurrences(inputs, settings, timeZone).map((o) => o.key));
    const planned: PlannedNotification[] = [];
    for (const n of dueNotifications(now, inputs, settings, timeZone, alreadySent)) {
      const claimed = sent.claim(n.keys);
      if (claimed.length === n.keys.length) planned.push(n);
    }
    sent.prune(new Date(now.getTime() - KEEP_SENT_MS).toISOString());
    return planned;
  });
  return run.immediate();
}
