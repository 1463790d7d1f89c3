import { parseArgs } from 'node:util';
import { CONTACT_KIND_WORDS, CONTACT_KINDS, type Contact, type ContactKind } from '../../src/contract/schemas/contacts.ts';
import { UsageError, type CommandContext } from './context.ts';
import { table } from './io.ts';
import { CONTACTS_USAGE } from './usage.ts';

const isKind = (kind: string): kind is ContactKind => (CONTACT_KINDS as readonly string[]).includes(kind);

function idOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`${flag} takes an id (a whole number), not ${JSON.stringify(value)}.\n${CONTACTS_USAGE}`);
  return id;
}

/** `askafter log-contact`: a call, e-mail, message or remote session, with what was promised. */
export function logContactCommand(ctx: CommandContext, args: string[], now: () => Date): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      client: { type: 'string' },
      person: { type: 'string' },
      kind: { type: 'string', default: 'call' },
      at: { type: 'string' },
      promised: { type: 'string' },
      'follow-up': { type: 'string' },
    },
  });
  const clientId = idOption(values.client, '--client');
  if (clientId === undefined) throw new UsageError(`Say which client it was with: --client ID (see: askafter clients list).\n${CONTACTS_USAGE}`);
  if (!isKind(values.kind)) throw new UsageError(`The kind must be call, email, message or remote, not ${JSON.stringify(values.kind)}.\n${CONTACTS_USAGE}`);
  const summary = positionals.join(' ');
  const dueAt = values['follow-up'];
  const { contact, followUpId } = ctx.call('contacts:create', {
    clientId,
    personId: idOption(values.person, '--person') ?? null,
    kind: values.kind,
    occurredAt: values.at ?? now().toISOString(),
    summary,
    promised: values.promised ?? null,
    ...(dueAt === undefined ? {} : { followUp: { dueAt, kind: 'call' as const } }),
  });
  if (ctx.json) return ctx.io.out(JSON.stringify({ contact, followUpId }, null, 2));
  ctx.io.out(`Logged ${CONTACT_KIND_WORDS[contact.kind]} ${contact.id} with ${contact.personName ?? contact.clientName}: ${contact.summary}`);
  if (followUpId !== null) ctx.io.out(`Follow-up ${followUpId} due ${dueAt} for what you promised.`);
}

/** `askafter contacts`: the latest contacts with a client or a person, newest first. */
export function contactsCommand(ctx: CommandContext, args: string[]): void {
  const { values } = parseArgs({ args, options: { client: { type: 'string' }, person: { type: 'string' }, limit: { type: 'string', default: '20' } } });
  const clientId = idOption(values.client, '--client');
  const personId = idOption(values.person, '--person');
  if (clientId === undefined && personId === undefined) throw new UsageError(`Say whose contacts to list: --client ID or --person ID.\n${CONTACTS_USAGE}`);
  const contacts = ctx.call('contacts:list', { ...(clientId === undefined ? {} : { clientId }), ...(personId === undefined ? {} : { personId }), limit: Number(values.limit) });
  if (ctx.json) return ctx.io.out(JSON.stringify(contacts, null, 2));
  if (contacts.length === 0) return ctx.io.out('No calls, e-mails or messages logged yet. Log one with: askafter log-contact --client ID "What it was about"');
  for (const line of table([['ID', 'WHEN (UTC)', 'KIND', 'WITH', 'ABOUT'], ...contacts.map(row)])) ctx.io.out(line.trimEnd());
}

const row = (c: Contact) => [String(c.id), c.occurredAt.slice(0, 16).replace('T', ' '), c.kind, c.personName ?? c.clientName, c.summary];
