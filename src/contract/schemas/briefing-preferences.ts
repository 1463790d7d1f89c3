import { z } from 'zod';
import { GRIEF_SOFTENS_DAYS, GRIEF_SOFTENS_MAX_DAYS } from '../../briefing/windows.ts';

const DAYS = `Give a number of days from 0 to ${GRIEF_SOFTENS_MAX_DAYS} (0: good news is never held back).`;

/** How briefings are put together, kept with the data so the app, the preview, reminders and the CLI agree. */
export const BriefingPreferences = z
  .object({
    /** After a close death, the bereaved person's good news and small talk step back for this many days. */
    griefSoftensDays: z.number({ error: DAYS }).int({ error: DAYS }).min(0, { error: DAYS }).max(GRIEF_SOFTENS_MAX_DAYS, { error: DAYS }).default(GRIEF_SOFTENS_DAYS),
  })
  .strict();
export type BriefingPreferences = z.output<typeof BriefingPreferences>;

export const BriefingPreferencesGet = z.object({}).strict().default({});
