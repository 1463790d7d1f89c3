/**
 * Turns wall-clock times into instants. A TZID is looked up, in order, as an IANA zone
 * (the system's tz database knows history that exported VTIMEZONEs often truncate), as a
 * VTIMEZONE in the file, as a Windows zone name, and as an IANA name at the end of a
 * vendor path; failing all that we use the caller's zone and say so.
 */
import { TZDate } from '@date-fns/tz/date';
import ICAL from 'ical.js';
import type { IcsTime, Wall } from './ics-time.ts';
import { warning } from './text.ts';
import type { ImportIssue } from './types.ts';

/** Windows names Outlook and Exchange write as TZID, for files that leave out the VTIMEZONE. */
const WINDOWS_ZONES = new Map(Object.entries({
  'UTC': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Arabian Standard Time': 'Asia/Dubai',
  'India Standard Time': 'Asia/Kolkata',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Atlantic Standard Time': 'America/Halifax',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'US Mountain Standard Time': 'America/Phoenix',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Alaskan Standard Time': 'America/Anchorage',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'E. South America Standard Time': 'America/Sao_Paulo',
}));

export function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

type ToUtc = (wall: Wall) => number;

const ianaToUtc = (zone: string): ToUtc => (w) => new TZDate(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, zone).getTime();
const vtimezoneToUtc = (zone: ICAL.Timezone): ToUtc => (w) => ICAL.Time.fromData({ ...w }, zone).toUnixTime() * 1000;

/** A VTIMEZONE from the file; `alias` is its X-LIC-LOCATION when that names an IANA zone. */
export interface FileZone {
  zone: ICAL.Timezone;
  alias?: string;
}

export class ZoneResolver {
  private readonly cache = new Map<string, ToUtc>();

  constructor(
    private readonly callerZone: string,
    private readonly fileZones: Map<string, FileZone>,
    private readonly issues: ImportIssue[],
  ) {}

  /** Milliseconds since the epoch; all-day dates count from midnight in the caller's zone. */
  toMs(t: IcsTime, line: number): number {
    switch (t.kind) {
      case 'utc':
        return Date.UTC(t.wall.year, t.wall.month - 1, t.wall.day, t.wall.hour, t.wall.minute, t.wall.second);
      case 'zoned':
        return this.zone(t.tzid, line)(t.wall);
      case 'date':
      case 'floating':
        return this.zone(this.callerZone, line)(t.wall);
    }
  }

  private zone(tzid: string, line: number): ToUtc {
    let toUtc = this.cache.get(tzid);
    if (!toUtc) {
      toUtc = this.resolve(tzid, line);
      this.cache.set(tzid, toUtc);
    }
    return toUtc;
  }

  private resolve(tzid: string, line: number): ToUtc {
    if (isIanaZone(tzid)) return ianaToUtc(tzid);
    const fileZone = this.fileZones.get(tzid);
    if (fileZone) return fileZone.alias ? ianaToUtc(fileZone.alias) : vtimezoneToUtc(fileZone.zone);
    const windows = WINDOWS_ZONES.get(tzid.trim());
    if (windows) return ianaToUtc(windows);
    const suffix = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(tzid)?.[1];
    if (suffix && isIanaZone(suffix)) return ianaToUtc(suffix);
    this.issues.push(warning(line, `Line ${line}: unknown time zone "${tzid}" (the file does not define it); its times were read as ${this.callerZone}.`));
    return ianaToUtc(this.callerZone);
  }
}
