/**
 * Runs the parsers over the real exported files kept outside the repo (../shared/fixtures/real,
 * copyleft, never copied in): each must import sensibly or be refused with clear issues.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectEncoding, parseContactsCsv, parseIcs, parseVCard } from '../../../src/import/index.ts';
import type { ImportIssue, ParsedCalendarEvent, ParsedContact } from '../../../src/import/index.ts';
import { expectSaneIssues, expectValidPartialDate } from './fuzz.ts';

const root = fileURLToPath(new URL('../../../../shared/fixtures/real/', import.meta.url));
const window = { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2030-01-01T00:00:00Z') };

/** [file, records, errors, warnings]: what each file gives today, so a change in behaviour shows. */
const EXPECTED: [string, number, number, number][] = [
  ['vcard/davx5-allfields-v30-related.vcf', 1, 0, 1],
  ['vcard/ezvcard-android-v21-qp.vcf', 4, 2, 0],
  ['vcard/ezvcard-gmail-v30-groups.vcf', 1, 0, 0],
  ['vcard/ezvcard-iphone-ios5-crcrlf-photo.vcf', 1, 0, 0],
  ['vcard/ezvcard-outlook2007-v21.vcf', 1, 0, 0],
  ['vcard/ezvcard-thunderbird-mfab-v30.vcf', 1, 0, 0],
  ['vcard/icaljs-v40-related-bday-nodate.vcf', 1, 0, 1],
  ['vcard/libical-outlook-v21-cardpicture.vcf', 1, 0, 0],
  ['vcard/radicale-cardbook-bday-1604.vcf', 1, 0, 0],
  ['vcard/roundcube-apple-item-photo.vcf', 1, 0, 0],
  ['vcard/roundcube-apple-utf16be-nobom.vcf', 1, 0, 0],
  ['vcard/roundcube-thebat-v21-qp-8bit.vcf', 1, 0, 2],
  ['vcard/roundcube-v21-charset-windows1252.vcf', 1, 0, 0],
  ['vcard/tine20-ios5-addressbook.vcf', 1, 0, 0],
  ['vcard/tine20-macosx-relatednames.vcf', 1, 0, 0],
  ['vcard/tine20-multi-stray-line-photo.vcf', 2, 0, 1],
  ['csv/roundcube-google-contacts.csv', 1, 0, 0],
  ['csv/roundcube-mixed-headers-bom.csv', 1, 0, 0],
  ['csv/roundcube-outlook-email-columns.csv', 0, 1, 0],
  ['csv/roundcube-thunderbird.csv', 1, 0, 0],
  ['csv/tine20-google-contacts.csv', 5, 0, 0],
  ['csv/tine20-outlook2013-german-cp1252.csv', 2, 0, 1],
  ['csv/tine20-semicolon-win1252.csv', 4, 0, 0],
  ['ics/biweekly-outlook2010-eastern-std.ics', 1, 0, 0],
  ['ics/icalendar-bom-empty.ics', 0, 0, 1],
  ['ics/icalendar-google-apple-structured-location.ics', 3437, 0, 0],
  ['ics/icalendar-google-bare-vevent-exdate-ny.ics', 11, 0, 1],
  ['ics/icalendar-google-export-london.ics', 1, 0, 0],
  ['ics/icalendar-thunderbird-london-fulltz.ics', 1, 0, 0],
  ['ics/icaljs-google-allday-weekly.ics', 4542, 0, 0],
  ['ics/icaljs-google-birthdays-allday.ics', 6, 0, 0],
  ['ics/icaljs-zimbra-rdate-exdate-exceptions.ics', 207, 0, 0],
  ['ics/radicale-davx5-london-exdate-overrides.ics', 2547, 0, 0],
  ['ics/sabre-newyork-weekly-floating-until.ics', 9, 0, 0],
  ['ics/tine20-apple-ical-allday-daily-exdate.ics', 4, 0, 0],
  ['ics/tine20-exchange2010-orphan-recurrence-id.ics', 1, 0, 0],
  ['ics/tine20-outlook12-allday-multiday.ics', 1, 0, 0],
  ['ics/tine20-outlook14-invitation-mojibake.ics', 1, 0, 1],
  ['ics/vobject-outlook12-comma-tzid.ics', 1, 0, 0],
  ['ics/vobject-thunderbird-weekly-exdates.ics', 26, 0, 0],
];

function parse(path: string): { text: string; records: (ParsedContact | ParsedCalendarEvent)[]; issues: ImportIssue[] } {
  const bytes = new Uint8Array(readFileSync(root + path));
  const text = new TextDecoder(detectEncoding(bytes)).decode(bytes);
  if (path.startsWith('ics/')) {
    const { events, issues } = parseIcs(text, { window, timeZone: 'Europe/London' });
    return { text, records: events, issues };
  }
  const { contacts, issues } = path.startsWith('csv/') ? parseContactsCsv(text) : parseVCard(text);
  return { text, records: contacts, issues };
}

function expectSensible(record: ParsedContact | ParsedCalendarEvent): void {
  if ('givenName' in record) {
    expect(record.givenName.trim()).not.toBe('');
    expect(record.fullName.trim()).not.toBe('');
    expectValidPartialDate(record.birthday);
    expectValidPartialDate(record.anniversary);
    return;
  }
  expect(record.uid).not.toBe('');
  for (const t of record.end ? [record.start, record.end] : [record.start]) {
    if ('instant' in t) expect(new Date(t.instant).toISOString()).toBe(t.instant);
    else expect(t.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

describe.runIf(existsSync(root))('real exported files', () => {
  it.each(EXPECTED)('%s → %i records, %i errors, %i warnings', (path, records, errors, warnings) => {
    const result = parse(path);
    expectSaneIssues(result.issues, result.text);
    result.records.forEach(expectSensible);
    const count = (severity: string) => result.issues.filter((i) => i.severity === severity).length;
    expect([result.records.length, count('error'), count('warning')]).toEqual([records, errors, warnings]);
  });

  it('reads the details that make each file hard', () => {
    const contact = (path: string, i = 0) => parse(path).records[i] as ParsedContact;
    const event = (path: string, i = 0) => parse(path).records[i] as ParsedCalendarEvent;
    expect(contact('vcard/roundcube-apple-utf16be-nobom.vcf').fullName).toBe('Ǽgean ĽdaMonté');
    expect(contact('vcard/roundcube-v21-charset-windows1252.vcf').familyName).toBe('Doë');
    expect(contact('vcard/radicale-cardbook-bday-1604.vcf').birthday).toEqual({ month: 1, day: 1 });
    expect(contact('vcard/icaljs-v40-related-bday-nodate.vcf').birthday).toEqual({ month: 2, day: 3 });
    expect(contact('vcard/ezvcard-gmail-v30-groups.vcf').related).toEqual([{ name: 'Jenny', kind: 'spouse' }]);
    expect(contact('vcard/tine20-macosx-relatednames.vcf').related).toHaveLength(12);
    expect(contact('vcard/ezvcard-iphone-ios5-crcrlf-photo.vcf').birthday).toEqual({ year: 2012, month: 6, day: 6 });
    expect(contact('csv/tine20-outlook2013-german-cp1252.csv', 1).fullName).toBe('Cornelius Weiß');
    expect(contact('csv/tine20-semicolon-win1252.csv', 2).familyName).toBe('Üglü');
    expect(event('ics/vobject-outlook12-comma-tzid.ics').start).toEqual({ instant: '2008-05-30T05:00:00.000Z' });
    expect(event('ics/biweekly-outlook2010-eastern-std.ics').start).toEqual({ instant: '2013-06-10T16:00:00.000Z' });
    expect(event('ics/tine20-exchange2010-orphan-recurrence-id.ics')).toMatchObject({ start: { instant: '2018-09-06T09:00:00.000Z' }, recurrenceId: '2018-09-06T09:00:00.000Z' });
    expect(event('ics/tine20-outlook12-allday-multiday.ics')).toMatchObject({ start: { date: '2012-01-18' }, end: { date: '2012-01-26' }, allDay: true });
  });
});

if (!existsSync(root)) {
  it.skip(`real exported files: ${root} is not there (it lives beside the repo, never in it)`, () => {});
}
