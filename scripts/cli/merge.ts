import { parseArgs } from 'node:util';
import type { Store } from '../../db/connection.ts';
import { backupBeforeChannel } from '../../db/handlers/transfer.ts';
import { MERGE_CHOICES, type MergeChoice, type MergeOutcome, type MergePreview } from '../../src/contract/schemas/merge.ts';
import { UsageError, type CommandContext } from './context.ts';
import { table } from './io.ts';
import { MERGE_USAGE } from './usage.ts';

type MergeCommand = 'merge-people' | 'merge-clients';

const oneLine = (text: string | null, width = 40) => {
  const flat = (text ?? '—').replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

function ids(positionals: string[], command: MergeCommand): [number, number] {
  const parsed = positionals.map(Number);
  if (parsed.length !== 2 || parsed.some((id) => !Number.isInteger(id) || id <= 0)) {
    throw new UsageError(`Give two ids: the record to keep, then the one to merge into it (e.g. askafter ${command} 12 40).\n${MERGE_USAGE}`);
  }
  return parsed as [number, number];
}

/** `--take notes=both --take phone=merged` → { notes: 'both', phone: 'merged' }. */
function choices(takes: readonly string[]): Record<string, MergeChoice> {
  const chosen: Record<string, MergeChoice> = {};
  for (const take of takes) {
    const [field, choice] = take.split('=');
    if (!field || !(MERGE_CHOICES as readonly string[]).includes(choice ?? '')) {
      throw new UsageError(`--take reads FIELD=kept, FIELD=merged or FIELD=both (e.g. --take notes=both), not ${JSON.stringify(take)}.\n${MERGE_USAGE}`);
    }
    chosen[field] = choice as MergeChoice;
  }
  return chosen;
}

function printPreview(ctx: CommandContext, preview: MergePreview, take: Record<string, MergeChoice>): void {
  const { kept, merged } = preview;
  ctx.io.out(`Keep ${kept.name} (${kept.id}) and merge ${merged.name} (${merged.id}) into it:`);
  const rows = preview.fields.map((f) => {
    const choice = take[f.field] ?? f.proposed;
    return [f.field, oneLine(f.kept), oneLine(f.merged), `${choice}${f.choices.length > 1 ? '' : ' (fixed)'}`];
  });
  for (const line of table([['FIELD', `KEPT (${kept.id})`, `MERGED (${merged.id})`, 'TAKES'], ...rows])) ctx.io.out(`  ${line.trimEnd()}`);
  ctx.io.out('Records that move to the kept one:');
  for (const line of table([['', 'KEPT', 'MERGED'], ...preview.links.map((l) => [l.label, String(l.kept), String(l.merged)])])) ctx.io.out(`  ${line.trimEnd()}`);
  for (const note of preview.notes) ctx.io.out(note);
}

/**
 * `askafter merge-people KEEP MERGE` shows both side by side and changes nothing; with `--yes`
 * it takes a backup, then merges in one transaction.
 */
export async function mergeCommand(command: MergeCommand, ctx: CommandContext, store: Store, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { yes: { type: 'boolean', default: false }, take: { type: 'string', multiple: true, default: [] } } });
  const [keepId, mergeId] = ids(positionals, command);
  const take = choices(values.take);
  const [previewChannel, mergeChannel] = command === 'merge-people' ? (['people:mergePreview', 'people:merge'] as const) : (['clients:mergePreview', 'clients:merge'] as const);
  const preview = ctx.call(previewChannel, { keepId, mergeId });
  const unknown = Object.keys(take).filter((field) => !preview.fields.some((f) => f.field === field));
  if (unknown.length > 0) throw new UsageError(`There is no field ${unknown.join(', ')} to choose. The fields are: ${preview.fields.map((f) => f.field).join(', ')}.`);
  if (!values.yes) {
    if (ctx.json) return ctx.io.out(JSON.stringify(preview, null, 2));
    printPreview(ctx, preview, take);
    const how = values.take.map((t) => ` --take ${t}`).join('');
    ctx.io.out(`Nothing was merged yet. ${merged(preview)} is then deleted for good (a backup is taken first). To go ahead: askafter ${command} ${keepId} ${mergeId}${how} --yes`);
    return;
  }
  const backup = await backupBeforeChannel(store, mergeChannel);
  const outcome: MergeOutcome = command === 'merge-people' ? ctx.call('people:merge', { keepId, mergeId, choices: take }) : ctx.call('clients:merge', { keepId, mergeId, choices: take });
  if (ctx.json) return ctx.io.out(JSON.stringify({ ...outcome, backup: backup?.file ?? null }, null, 2));
  const moved = outcome.moved.filter((m) => m.merged > 0).map((m) => `${m.label.toLowerCase()} ${m.merged}`);
  ctx.io.out(`Merged ${outcome.merged.name} (${outcome.merged.id}) into ${outcome.kept.name} (${outcome.kept.id})${moved.length > 0 ? `; moved over: ${moved.join(', ')}` : ''}.`);
  for (const what of outcome.dropped) ctx.io.out(`Dropped: ${what}.`);
  if (backup) ctx.io.out(`The backup from just before is ${backup.file}; to undo the merge, restore it (askafter restore FILE).`);
}

const merged = (preview: MergePreview) => `${preview.merged.name} (${preview.merged.id})`;

/** `askafter duplicates`: people and clients that may be recorded twice, and why. */
export function duplicatesCommand(ctx: CommandContext): void {
  const found = ctx.call('duplicates:suggest', {});
  if (ctx.json) return ctx.io.out(JSON.stringify(found, null, 2));
  if (found.people.length === 0 && found.clients.length === 0) return ctx.io.out('No likely duplicates: no two people or clients share a phone or e-mail or have alike names at one client.');
  for (const [label, pairs, command] of [
    ['People', found.people, 'merge-people'],
    ['Clients', found.clients, 'merge-clients'],
  ] as const) {
    if (pairs.length === 0) continue;
    ctx.io.out(`${label} that may be the same:`);
    const rows = pairs.map((p) => [`${p.a.name} (${p.a.id})`, `${p.b.name} (${p.b.id})`, p.reasons.join('; '), `askafter ${command} ${p.a.id} ${p.b.id}`]);
    for (const line of table([['ONE', 'OTHER', 'WHY', 'COMPARE'], ...rows])) ctx.io.out(`  ${line.trimEnd()}`);
  }
  ctx.io.out('Two that are not the same: askafter not-the-same person|client ID ID.');
  if (found.setAside > 0) ctx.io.out(`${found.setAside} ${found.setAside === 1 ? 'pair is' : 'pairs are'} set aside as different (askafter not-the-same … --undo offers one again).`);
}

/** `askafter not-the-same client 6 16 [--undo]`: the pair is no longer suggested (or, with --undo, is again). */
export function notTheSameCommand(ctx: CommandContext, args: string[]): void {
  const { values, positionals } = parseArgs({ args, options: { undo: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  const [kind, ...rest] = positionals;
  if (kind !== 'person' && kind !== 'client') throw new UsageError(`Say whether they are people or clients: askafter not-the-same person 12 40, or askafter not-the-same client 6 16.\n${MERGE_USAGE}`);
  const parsed = rest.map(Number);
  if (parsed.length !== 2 || parsed.some((id) => !Number.isInteger(id) || id <= 0)) throw new UsageError(`Give the two ids the duplicates list shows (e.g. askafter not-the-same ${kind} 6 16).\n${MERGE_USAGE}`);
  const [a, b] = parsed as [number, number];
  const done = ctx.call('duplicates:notSame', { kind, a, b, notSame: !values.undo });
  if (ctx.json) return ctx.io.out(JSON.stringify(done, null, 2));
  const noun = kind === 'person' ? 'people' : 'clients';
  ctx.io.out(done.notSame ? `Set aside: ${noun} ${done.a} and ${done.b} are not suggested as duplicates any more.` : `${noun[0]!.toUpperCase()}${noun.slice(1)} ${done.a} and ${done.b} may be suggested as duplicates again.`);
}
