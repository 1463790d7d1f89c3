import { parseArgs } from 'node:util';
import type { DashboardVisit, DashboardVisitList } from '../../src/briefing/dashboard.ts';
import { briefingText, dashboardText } from '../../src/briefing/plain-text.ts';
import { dateFormat } from '../../src/dates/date-format.ts';
import { UsageError, type CommandContext } from './context.ts';
import { BRIEF_USAGE } from './usage.ts';


const machineZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
/** The terminal's locale (LANG and friends, as Intl reads them) unless --locale says otherwise. */
const machineLocale = () => Intl.DateTimeFormat().resolvedOptions().locale;

const reader = (values: { now?: string | undefined; tz?: string | undefined; locale?: string | undefined }) => ({
  ...(values.now ? { now: values.now } : {}),
  timeZone: values.tz ?? machineZone(),
  locale: values.locale ?? machineLocale(),
});

const writerFor = (read: { timeZone: string; locale: string }) => dateFormat(read);

export function briefCommand(ctx: CommandContext, args: string[]): void {
  const { values } = parseArgs({
    args,
    options: { visit: { type: 'string' }, next: { type: 'boolean', default: false }, now: { type: 'string' }, tz: { type: 'string' }, locale: { type: 'string' }, all: { type: 'boolean', default: false } },
  });
  if (values.visit !== undefined && values.next) throw new UsageError(`Give --visit ID or --next, not both.\n${BRIEF_USAGE}`);
  let briefing;
  if (values.visit !== undefined) {
    const id = Number(values.visit);
    if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--visit takes a visit id (a whole number), not ${JSON.stringify(values.visit)}.`);
    briefing = ctx.call('briefing:forVisit', { id, ...reader(values) });
  } else {
    briefing = ctx.call('briefing:next', reader(values)).briefing;
    if (!briefing) return ctx.io.out(ctx.json ? 'null' : 'No visit is planned. Plan one in the app, then ask again.');
  }
  if (ctx.json) return ctx.io.out(JSON.stringify(briefing, null, 2));
  const client = ctx.call('clients:get', { id: briefing.clientId });
  ctx.io.out(briefingText(briefing, client.name, writerFor(reader(values)), { all: values.all }));
}

export function dashboardCommand(ctx: CommandContext, args: string[]): void {
  const { values } = parseArgs({
    args,
    options: { now: { type: 'string' }, tz: { type: 'string' }, locale: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, all: { type: 'boolean', default: false } },
  });
  const input = { ...reader(values), ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) };
  let dashboard = ctx.call('dashboard:get', input);
  // Home shows five visits per list; --all asks for the rest.
  if (values.all) {
    const rest = (list: DashboardVisitList, shown: readonly DashboardVisit[]) =>
      shown.length >= dashboard.totals[list] ? [] : ctx.call('dashboard:moreVisits', { ...input, list, offset: shown.length, limit: 100 }).visits;
    dashboard = {
      ...dashboard,
      visitsToday: [...dashboard.visitsToday, ...rest('visitsToday', dashboard.visitsToday)],
      visitsThisWeek: [...dashboard.visitsThisWeek, ...rest('visitsThisWeek', dashboard.visitsThisWeek)],
    };
  }
  ctx.io.out(ctx.json ? JSON.stringify(dashboard, null, 2) : dashboardText(dashboard, writerFor(reader(values))));
}
