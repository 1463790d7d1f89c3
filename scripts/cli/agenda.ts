import { parseArgs } from 'node:util';
import { CONTACT_KIND_WORDS } from '../../src/contract/schemas/contacts.ts';
import { dateFormat } from '../../src/dates/date-format.ts';
import { todayIn } from '../../src/dates/time-zone.ts';
import { UsageError, type CommandContext } from './context.ts';
import { AGENDA_USAGE } from './usage.ts';

const machineZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const machineLocale = () => Intl.DateTimeFormat().resolvedOptions().locale;

/** `askafter agenda`: every client's visits and contacts, day by day, on the user's clock. */
export function agendaCommand(ctx: CommandContext, args: string[], now: () => Date): void {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, days: { type: 'string', default: '7' }, tz: { type: 'string' }, locale: { type: 'string' } } });
  const timeZone = values.tz ?? machineZone();
  const days = Number(values.days);
  if (!Number.isInteger(days)) throw new UsageError(`--days takes a whole number of days, not ${JSON.stringify(values.days)}.\n${AGENDA_USAGE}`);
  // The zone is checked by the channel; today is only worked out once it is known to be good.
  const agenda = ctx.call('agenda:range', { start: values.from ?? todayIn(now(), safeZone(timeZone)), days, timeZone });
  if (ctx.json) return ctx.io.out(JSON.stringify(agenda, null, 2));
  const dates = dateFormat({ locale: values.locale ?? machineLocale(), timeZone });
  for (const day of agenda.days) {
    const lines = [
      ...day.visits.map((v) => ({ at: v.startsAt, text: `visit to ${v.clientName}${v.purpose ? `: ${v.purpose}` : ''}${v.status === 'completed' ? ' (done)' : ''}` })),
      ...day.contacts.map((c) => ({ at: c.occurredAt, text: `${CONTACT_KIND_WORDS[c.kind]} with ${c.personName ? `${c.personName}, ${c.clientName}` : c.clientName}: ${c.summary}` })),
    ].sort((a, b) => a.at.localeCompare(b.at));
    ctx.io.out(`${dates.weekdayDayMonth(day.date)}${lines.length === 0 ? ': nothing' : ''}`);
    for (const line of lines) ctx.io.out(`  ${dates.time(line.at)}  ${line.text}`);
  }
  if (agenda.more) ctx.io.out('More than a thousand visits or contacts: the rest were left out. Ask for fewer days (--days).');
}

/** A zone Intl knows, else UTC (the channel then refuses the unknown one with its own sentence). */
function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
