import { BriefingPreferences } from '../../src/contract/schemas/briefing-preferences.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { settingsRepository } from '../repositories/settings.ts';

export const BRIEFING_PREFERENCES_KEY = 'briefing';

/** The stored briefing preferences over the defaults; a stored value that no longer parses falls back. */
export function readBriefingPreferences(db: Db, clock: Clock): BriefingPreferences {
  const parsed = BriefingPreferences.safeParse(settingsRepository(db, clock).get(BRIEFING_PREFERENCES_KEY) ?? {});
  return parsed.success ? parsed.data : BriefingPreferences.parse({});
}
