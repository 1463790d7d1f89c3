import { inArray, lt } from 'drizzle-orm';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { notificationsSent } from '../schema/notifications.ts';

/** Which reminder occurrences were shown; the unique key makes a second claim a no-op. */
export function notificationsSentRepository(db: Db, clock: Clock) {
  return {
    /** Of `keys`, those already shown. */
    sentAmong(keys: readonly string[]): Set<string> {
      const found = new Set<string>();
      // SQLite's variable limit: ask in slices.
      for (let i = 0; i < keys.length; i += 500) {
        const slice = keys.slice(i, i + 500);
        for (const row of db.select({ key: notificationsSent.key }).from(notificationsSent).where(inArray(notificationsSent.key, slice)).all()) found.add(row.key);
      }
      return found;
    },
    /** Records each key; returns those that were not recorded before (the ones to show). */
    claim(keys: readonly string[]): string[] {
      const sentAt = isoNow(clock);
      return keys.filter((key) => db.insert(notificationsSent).values({ key, sentAt }).onConflictDoNothing().run().changes === 1);
    },
    /** Forgets keys recorded before `before`: their visits and follow-ups are long past. */
    prune(before: string): number {
      return db.delete(notificationsSent).where(lt(notificationsSent.sentAt, before)).run().changes;
    },
  };
}
