import { eq } from 'drizzle-orm';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { settings } from '../schema/work.ts';

/** Small app state kept in the database (JSON values), so it travels with backups. */
export function settingsRepository(db: Db, clock: Clock) {
  return {
    get<T>(key: string): T | undefined {
      const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    set(key: string, value: unknown): void {
      const json = JSON.stringify(value);
      const updatedAt = isoNow(clock);
      db.insert(settings).values({ key, value: json, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt } }).run();
    },
  };
}
