import { parseArgs } from 'node:util';
import type { Client } from '../../src/contract/schemas/clients.ts';
import { UsageError, type CommandContext } from './context.ts';
import { table } from './io.ts';
import { findTag } from './tags.ts';
import { CLIENTS_USAGE } from './usage.ts';


export function clientsCommand(ctx: CommandContext, args: string[]): void {
  const [action, ...rest] = args;
  if (action === 'list') return list(ctx, rest);
  if (action === 'add') return add(ctx, rest);
  throw new UsageError(`Unknown clients action ${JSON.stringify(action ?? '')}.\n${CLIENTS_USAGE}`);
}

function list(ctx: CommandContext, args: string[]) {
  const { values } = parseArgs({ args, options: { all: { type: 'boolean', default: false }, tag: { type: 'string' } } });
  const tag = values.tag === undefined ? undefined : findTag(ctx, values.tag);
  const clients = ctx.call('clients:list', { includeArchived: values.all, ...(tag ? { tagId: tag.id } : {}) });
  if (ctx.json) return ctx.io.out(JSON.stringify(clients, null, 2));
  if (clients.length === 0 && tag) return ctx.io.out(`No client is tagged “${tag.name}”.`);
  if (clients.length === 0) return ctx.io.out('No clients yet. Add one with: askafter clients add "Smith Dental"');
  for (const line of table([['ID', 'NAME', 'KIND', ''], ...clients.map(row)])) ctx.io.out(line.trimEnd());
}

const row = (c: Client) => [String(c.id), c.name, c.kind, c.archived ? 'archived' : ''];

function add(ctx: CommandContext, args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { kind: { type: 'string', default: 'business' } } });
  const name = positionals.join(' ');
  if (!name) throw new UsageError(`Give the client a name.\n${CLIENTS_USAGE}`);
  const client = ctx.call('clients:create', { name, kind: values.kind as Client['kind'] });
  ctx.io.out(ctx.json ? JSON.stringify(client, null, 2) : `Added client ${client.id}: ${client.name} (${client.kind})`);
}
