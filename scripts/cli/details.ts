import { parseArgs } from 'node:util';
import type { ContactDetail, ContactDetails } from '../../src/contract/schemas/contact-details.ts';
import { UsageError, type CommandContext } from './context.ts';
import { table } from './io.ts';
import { DETAILS_USAGE } from './usage.ts';

function idOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`${flag} takes an id (a whole number), not ${JSON.stringify(value)}.\n${DETAILS_USAGE}`);
  return id;
}

/** `--person ID` or `--client ID`, exactly one. */
function ownerOf(values: { person?: string | undefined; client?: string | undefined }) {
  const personId = idOption(values.person, '--person');
  const clientId = idOption(values.client, '--client');
  if ((personId === undefined) === (clientId === undefined)) throw new UsageError(`Say whose numbers these are: --person ID or --client ID (one of them).\n${DETAILS_USAGE}`);
  return personId === undefined ? { clientId: clientId! } : { personId };
}

const rows = (kind: string, details: readonly ContactDetail[]) => details.map((d, i) => [kind, d.value, d.label ?? '', i === 0 ? 'main' : '']);

function print(ctx: CommandContext, details: ContactDetails): void {
  if (ctx.json) return ctx.io.out(JSON.stringify(details, null, 2));
  const lines = [...rows('phone', details.phones), ...rows('e-mail', details.emails)];
  if (lines.length === 0) return ctx.io.out('No phone numbers or e-mail addresses yet. Add one with: askafter add-phone --person ID NUMBER');
  for (const line of table([['KIND', 'NUMBER OR ADDRESS', 'LABEL', ''], ...lines])) ctx.io.out(line.trimEnd());
}

/** `askafter details`: every phone number and e-mail address of a person or a client, the main one first. */
export function detailsCommand(ctx: CommandContext, args: string[]): void {
  const { values } = parseArgs({ args, options: { person: { type: 'string' }, client: { type: 'string' } } });
  print(ctx, ctx.call('contactDetails:list', ownerOf(values)));
}

/** `askafter add-phone` / `add-email`: one more, with a label; one they already have only takes the label. */
export function addDetailCommand(ctx: CommandContext, kind: 'phone' | 'email', args: string[]): void {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { person: { type: 'string' }, client: { type: 'string' }, label: { type: 'string' } } });
  const value = positionals.join(' ');
  if (value.trim() === '') throw new UsageError(`Give the ${kind === 'phone' ? 'number' : 'address'} to add.\n${DETAILS_USAGE}`);
  print(ctx, ctx.call('contactDetails:add', { ...ownerOf(values), kind, value, label: values.label ?? null }));
}
