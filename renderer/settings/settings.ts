/**
 * The person's display preferences. Kept on this device (localStorage) until the backend
 * stores settings; nothing here changes what is saved in the database.
 */
export const DATE_FORMATS = ['medium', 'long', 'numeric', 'iso'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export const WEEK_STARTS = ['mon', 'sun', 'sat'] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];

export interface Settings {
  /** BCP 47 tag, e.g. en-GB. */
  locale: string;
  dateFormat: DateFormat;
  weekStart: WeekStart;
  /** IANA zone, e.g. Europe/London. */
  timeZone: string;
}

export const LOCALES: readonly { tag: string; label: string }[] = [
  { tag: 'en-GB', label: 'English (United Kingdom)' },
  { tag: 'en-IE', label: 'English (Ireland)' },
  { tag: 'en-US', label: 'English (United States)' },
  { tag: 'en-CA', label: 'English (Canada)' },
  { tag: 'en-AU', label: 'English (Australia)' },
  { tag: 'en-NZ', label: 'English (New Zealand)' },
  { tag: 'de-DE', label: 'Deutsch (Deutschland)' },
  { tag: 'fr-FR', label: 'Français (France)' },
  { tag: 'nl-NL', label: 'Nederlands (Nederland)' },
  { tag: 'es-ES', label: 'Español (España)' },
  { tag: 'it-IT', label: 'Italiano (Italia)' },
];

const STORAGE_KEY = 'askafter:settings';
const WEEK_DAY_TO_START: Record<number, WeekStart> = { 1: 'mon', 6: 'sat', 7: 'sun' };

/** Defaults from the system when it says, else British English. */
export function systemDefaults(nav: Pick<Navigator, 'language'> | undefined = globalThis.navigator): Settings {
  const wanted = nav?.language;
  const locale = LOCALES.find((l) => l.tag.toLowerCase() === wanted?.toLowerCase())?.tag ?? 'en-GB';
  return { locale, dateFormat: 'medium', weekStart: weekStartOf(locale), timeZone: systemTimeZone() };
}

function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/London';
}

function weekStartOf(locale: string): WeekStart {
  // getWeekInfo is not in every engine yet; Monday is the safe default for most locales.
  const info = (new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number } }).getWeekInfo?.();
  return (info && WEEK_DAY_TO_START[info.firstDay]) ?? 'mon';
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Stored settings over the defaults; anything unreadable falls back rather than breaking the app. */
export function loadSettings(storage: Storage | undefined = globalThis.localStorage): Settings {
  const defaults = systemDefaults();
  let stored: Partial<Settings> = {};
  try {
    stored = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}') as Partial<Settings>;
  } catch {
    return defaults;
  }
  return {
    locale: LOCALES.some((l) => l.tag === stored.locale) ? stored.locale! : defaults.locale,
    dateFormat: DATE_FORMATS.includes(stored.dateFormat!) ? stored.dateFormat! : defaults.dateFormat,
    weekStart: WEEK_STARTS.includes(stored.weekStart!) ? stored.weekStart! : defaults.weekStart,
    timeZone: stored.timeZone && isTimeZone(stored.timeZone) ? stored.timeZone : defaults.timeZone,
  };
}

export function saveSettings(settings: Settings, storage: Storage = globalThis.localStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(settings));
}
