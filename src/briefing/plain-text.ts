import type { PreciseDate } from '../dates/calendar-date.ts';
import type { DateFormat } from '../dates/date-format.ts';
import type { Briefing } from './briefing.ts';
import type { Dashboard, DatedItem } from './dashboard.ts';
import type { Item, Section, SectionKey } from './items.ts';

/** Section headings as the consultant reads them. */
export const SECTION_TITLES: Record<SectionKey, string> = {
  dontAsk: "Don't ask",
  handleWithCare: 'Handle with care',
  followUps: 'Promises and follow-ups',
  incidents: 'Incidents to explain',
  askAbout: 'Ask about',
  lastVisit: 'Last visit',
  knowHow: 'They often ask',
  logistics: 'On site',
  smallTalk: 'Small talk',
  howToExplain: 'How to explain things',
};

const line = (item: Item) => `  - ${item.text} (${item.reason})`;

function sectionLines(section: Section, all: boolean): string[] {
  const items = all ? [...section.items, ...section.more] : section.items;
  if (items.length === 0) return [];
  const more = !all && section.more.length > 0 ? [`  … and ${section.more.length} more`] : [];
  return [`${SECTION_TITLES[section.key]}:`, ...items.map(line), ...more];
}

/**
 * A briefing as plain text, hurtful first, for the terminal and for calendar descriptions
 * (a phone calendar then holds the briefing offline). `all` includes what hides behind "more".
 */
export function briefingText(briefing: Briefing, clientName: string, dates: DateFormat, options: { all?: boolean } = {}): string {
  const all = options.all ?? false;
  const out: string[] = [`Visit to ${clientName} on ${dates.date(briefing.day)} at ${dates.time(briefing.startsAt)}`];
  for (const person of briefing.people) {
    const body = person.sections.flatMap((s) => sectionLines(s, all));
    out.push('', `${person.name} — ${person.listedBecause}`, ...(body.length > 0 ? body : ['  Nothing to keep in mind.']));
  }
  const client = briefing.client.sections.flatMap((s) => sectionLines(s, all));
  if (client.length > 0) out.push('', briefing.client.name, ...client);
  return out.join('\n');
}

/** The date a dated item is on, at the precision it is known. */
const onDay = (on: PreciseDate, dates: DateFormat): string => (on.precision === 'day' ? dates.date(on.date) : on.precision === 'month' ? dates.month(on.date, true) : dates.year(on.date));

export function dashboardText(dashboard: Dashboard, dates: DateFormat): string {
  const dated = (title: string, items: readonly DatedItem[]) => (items.length === 0 ? [] : ['', `${title}:`, ...items.map((i) => `  - ${onDay(i.on, dates)}  ${i.text} (${i.reason})`)]);
  const visits = (title: string, list: Dashboard['visitsToday'], total: number) =>
    list.length === 0
      ? []
      : [
          '',
          `${title}:`,
          ...list.flatMap((v) => [`  ${dates.weekdayDayMonth(v.day)} ${v.time}  ${v.clientName} (visit ${v.visitId})`, ...v.topItems.map((i) => `      ${i.text} (${i.reason})`)]),
          ...(total > list.length ? [`  …and ${total - list.length} more (--all lists every visit)`] : []),
        ];
  return [
    `Today is ${dates.date(dashboard.today)}`,
    ...dated('Came due while you were away', dashboard.catchUp),
    ...visits('Today', dashboard.visitsToday, dashboard.totals.visitsToday),
    ...visits('This week', dashboard.visitsThisWeek, dashboard.totals.visitsThisWeek),
    ...dated('Follow-ups due', dashboard.followUps),
    ...dated('Renewals', dashboard.renewals),
    ...dated('Birthdays and anniversaries', dashboard.dates),
    ...dated('Be mindful', dashboard.mindful),
    ...dated('Not seen for a while', dashboard.pastRhythm),
  ].join('\n');
}
