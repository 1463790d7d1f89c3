import { parseArgs } from 'node:util';
import type { ClientField } from '../../src/contract/schemas/client-fields.ts';
import { UsageError, type CommandContext } from './context.ts';
import { table } from './io.ts';
import { FIELDS_USAGE } from './usage.ts';

/** The client a word stands for: its id, or its name whatever the case. */
function findClient(ctx: CommandContext, word: string | undefined): { id: number; name: string } {
  if (word === undefined || word.trim() === '') throw new UsageError(`Say which client: its id or its name.\n${FIELDS_USAGE}`);
  const clients = ctx.call('clients:list', { includeArchived: true });
  const found = clients.find((c) => String(c.id) === word.trim()) ?? clients.find((c) => c.name.toLowerCase() === word.trim().toLowerCase());
  if (!found) throw new UsageError(`There is no client called ${JSON.stringify(word)}. See the clients with: askafter clients list --all`);
  return found;
}

const reminderWords = (f: ClientField) => (f.remindDaysBefore === null ? '' : `${f.remindDaysBefore} day${f.remindDaysBefore === 1 ? '' : 's'} before`);

function print(ctx: CommandContext, client: { id: number; name: string }, fields: readonly ClientField[]): void {
  if (ctx.json) return ctx.io.out(JSON.stringify(fields, null, 2));
  if (fields.length === 0) return ctx.io.out(`No fields kept for ${client.name} yet. Add one with: askafter set-field ${client.id} "ISP" "Zen Internet"`);
  const rows = fields.map((f) => [f.label, f.value, reminderWords(f)]);
  for (const line of table([['FIELD', 'VALUE', 'REMINDER'], ...rows])) ctx.io.out(line.trimEnd());
}

/** `askafter fields CLIENT`: what is kept for a client in its own fields. */
export function fieldsCommand(ctx: CommandContext, args: string[]): void {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const client = findClient(ctx, positionals.join(' ') || undefined);
  print(ctx, client, ctx.call('clientFields:list', { clientId: client.id }));
}

/** `--remind 30`, `--remind none`, or absent (a changed date keeps its reminder). */
function remindOption(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value.trim().toLowerCase() === 'none') return null;
  const days = Number(value);
  if (value.trim() === '' || !Number.isFinite(days)) throw new UsageError(`--remind takes a number of days before the date (e.g. 30), or none; not ${JSON.stringify(value)}.\n${FIELDS_USAGE}`);
  return days;
}

/** `askafter set-field CLIENT LABEL VALUE` or `--date yyyy-MM-dd [--remind N]`: changes the field with that label, or adds it. */
export function setFieldCommand(ctx: CommandContext, args: string[]): void {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { date: { type: 'string' }, remind: { type: 'string' } } });
  const [word, label, ...rest] = positionals;
  const client = findClient(ctx, word);
  if (label === undefined) throw new UsageError(`Give the field's label, e.g. "ISP" or "Microsoft 365 renewal".\n${FIELDS_USAGE}`);
  const remind = remindOption(values.remind);
  const existing = ctx.call('clientFields:list', { clientId: client.id }).find((f) => f.label.toLowerCase() === label.trim().toLowerCase());
  const which = existing === undefined ? { clientId: client.id } : { id: existing.id };
  let fields: ClientField[];
  if (values.date !== undefined) {
    if (rest.length > 0) throw new UsageError(`A date field takes its date after --date, not ${JSON.stringify(rest.join(' '))} as well.\n${FIELDS_USAGE}`);
    const remindDaysBefore = remind === undefined ? (existing?.kind === 'date' ? existing.remindDaysBefore : null) : remind;
    fields = ctx.call('clientFields:set', { ...which, kind: 'date', label, value: values.date, remindDaysBefore });
  } else {
    if (remind !== undefined) throw new UsageError(`Only a date can have a reminder: give it with --date yyyy-MM-dd.\n${FIELDS_USAGE}`);
    fields = ctx.call('clientFields:set', { ...which, kind: 'text', label, value: rest.join(' ') });
  }
  print(ctx, client, fields);
}

/** `askafter remove-field CLIENT LABEL`: removes the field for good. */
export function removeFieldCommand(ctx: CommandContext, args: string[]): void {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [word, ...label] = positionals;
  const client = findClient(ctx, word);
  const name = label.join(' ').trim().toLowerCase();
  const field = ctx.call('clientFields:list', { clientId: client.id }).find((f) => f.label.toLowerCase() === name);
  if (field === undefined) throw new UsageError(`${client.name} has no field called ${JSON.stringify(label.join(' '))}. See its fields with: askafter fields ${client.id}`);
  print(ctx, client, ctx.call('clientFields:remove', { id: field.id }));
}
