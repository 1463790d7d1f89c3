import { parseArgs } from 'node:util';
import { briefingText, dashboardText } from '../../src/briefing/plain-text.ts';
import { UsageError, type CommandContext } from './context.ts';
import { BRIEF_USAGE } from './usage.ts';


const reader = (values: { now?: string | undefined; tz?: string | undefined }) => ({
  ...(values.now ? { now: values.now } : {}),
  ...(values.tz ? { timeZone: values.tz } : {}),
});

export function briefCommand(ctx: CommandContext, args: string[]): void {
  const { values } = parseArgs({
    args,
    options: { visit: { type: 'string' }, next: { type: 'boolean', default: false }, now: { type: 'string' }, tz: { type: 'string' }, all: { type: 'boolean', default: false } },
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
  ctx.io.out(briefingText(briefing, client.name, { all: values.all }));
}

export function dashboardCommand(ctx: CommandContext, args: string[]): void {
  const { values } = parseArgs({ args, options: { now: { type: 'string' }, tz: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } });
  const dashboard = ctx.call('dashboard:get', { ...reader(values), ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) });
  ctx.io.out(ctx.json ? JSON.stringify(dashboard, null, 2) : dashboardText(dashboard));
}
