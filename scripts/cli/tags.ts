import { parseArgs } from 'node:util';
import type { Tag, TagRef } from '../../src/contract/schemas/tags.ts';
import { UsageError, type CommandContext } from './context.ts';
import { table } from './io.ts';
import { TAGS_USAGE } from './usage.ts';

/** `askafter tags`: the tags with how many wear them; add, remove, rename, give a rhythm, delete. */
export function tagsCommand(ctx: CommandContext, args: string[]): void {
  const [action = 'list', ...rest] = args;
  if (action === 'list') return list(ctx);
  if (action === 'add' || action === 'remove') return onOwner(ctx, action, rest);
  if (action === 'rename') return rename(ctx, rest);
  if (action === 'rhythm') return rhythm(ctx, rest);
  if (action === 'delete') return remove(ctx, rest);
  throw new UsageError(`Unknown tags action ${JSON.stringify(action)}.\n${TAGS_USAGE}`);
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const whoWears = (t: Tag) => `${counted(t.clients, 'client', 'clients')} and ${counted(t.people, 'person', 'people')}`;

const rhythmWords = (days: number | null) => (days === null ? '' : days % 7 === 0 ? `every ${days / 7} week${days === 7 ? '' : 's'}` : `every ${days} days`);

function list(ctx: CommandContext) {
  const tags = ctx.call('tags:list', {});
  if (ctx.json) return ctx.io.out(JSON.stringify(tags, null, 2));
  if (tags.length === 0) return ctx.io.out('No tags yet. Put one on a client with: askafter tags add --client ID "on retainer"');
  const rows = tags.map((t) => [String(t.id), t.name, String(t.clients), String(t.people), rhythmWords(t.rhythmDays)]);
  for (const line of table([['ID', 'TAG', 'CLIENTS', 'PEOPLE', 'RHYTHM'], ...rows])) ctx.io.out(line.trimEnd());
}

/** The tag a name or id stands for ("On retainer", "on retainer" or "3"). */
export function findTag(ctx: CommandContext, word: string): Tag {
  const tags = ctx.call('tags:list', {});
  const found = tags.find((t) => t.name.toLowerCase() === word.trim().toLowerCase()) ?? tags.find((t) => String(t.id) === word.trim());
  if (!found) throw new UsageError(`There is no tag called ${JSON.stringify(word)}. See the tags with: askafter tags`);
  return found;
}

function idOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`${flag} takes an id (a whole number), not ${JSON.stringify(value)}.\n${TAGS_USAGE}`);
  return id;
}

function onOwner(ctx: CommandContext, action: 'add' | 'remove', args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { client: { type: 'string' }, person: { type: 'string' } } });
  const clientId = idOption(values.client, '--client');
  const personId = idOption(values.person, '--person');
  if ((clientId === undefined) === (personId === undefined)) throw new UsageError(`Say whose tag it is: --client ID or --person ID.\n${TAGS_USAGE}`);
  const name = positionals.join(' ');
  if (name.trim() === '') throw new UsageError(`Say which tag, e.g. "on retainer".\n${TAGS_USAGE}`);
  const owner = clientId === undefined ? { personId: personId! } : { clientId };
  const tags: TagRef[] = action === 'add' ? ctx.call('tags:add', { ...owner, name }) : ctx.call('tags:remove', { ...owner, tagId: findTag(ctx, name).id });
  if (ctx.json) return ctx.io.out(JSON.stringify(tags, null, 2));
  const whose = clientId === undefined ? ctx.call('people:get', { id: personId! }).displayName : ctx.call('clients:get', { id: clientId }).name;
  ctx.io.out(`${whose}: ${tags.length === 0 ? 'no tags' : tags.map((t) => t.name).join(', ')}`);
}

function rename(ctx: CommandContext, args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { to: { type: 'string' } } });
  if (values.to === undefined) throw new UsageError(`Give the new name with --to, e.g. askafter tags rename retainer --to "on retainer".\n${TAGS_USAGE}`);
  const tag = ctx.call('tags:update', { id: findTag(ctx, positionals.join(' ')).id, name: values.to });
  ctx.io.out(ctx.json ? JSON.stringify(tag, null, 2) : `Renamed tag ${tag.id} to “${tag.name}”.`);
}

function rhythm(ctx: CommandContext, args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { days: { type: 'string' }, weeks: { type: 'string' }, none: { type: 'boolean', default: false } } });
  const given = [values.days, values.weeks, values.none ? 'none' : undefined].filter((v) => v !== undefined);
  if (given.length !== 1) throw new UsageError(`Give the rhythm once: --weeks N, --days N, or --none.\n${TAGS_USAGE}`);
  const days = values.none ? null : values.weeks !== undefined ? Number(values.weeks) * 7 : Number(values.days);
  if (days !== null && !Number.isInteger(days)) throw new UsageError(`The rhythm must be a whole number of days or weeks, not ${JSON.stringify(values.weeks ?? values.days)}.\n${TAGS_USAGE}`);
  const tag = ctx.call('tags:update', { id: findTag(ctx, positionals.join(' ')).id, rhythmDays: days });
  if (ctx.json) return ctx.io.out(JSON.stringify(tag, null, 2));
  ctx.io.out(tag.rhythmDays === null ? `“${tag.name}” gives no visit rhythm.` : `Clients tagged “${tag.name}” with no rhythm of their own are now due ${rhythmWords(tag.rhythmDays)}.`);
}

function remove(ctx: CommandContext, args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { yes: { type: 'boolean', default: false } } });
  const found = findTag(ctx, positionals.join(' '));
  if (!values.yes) throw new UsageError(`Deleting “${found.name}” takes it off ${whoWears(found)}, for good. Add --yes to delete it.`);
  const tag = ctx.call('tags:delete', { id: found.id, confirm: true });
  ctx.io.out(ctx.json ? JSON.stringify(tag, null, 2) : `Deleted tag “${tag.name}” (it was on ${whoWears(tag)}).`);
}
