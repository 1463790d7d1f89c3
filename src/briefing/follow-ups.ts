import { describeDay, formatPrecise } from '../dates/phrases.ts';
import { localDateOf } from '../dates/time-zone.ts';
import { daysBetween } from '../dates/calendar-date.ts';
import type { RuleContext } from './context.ts';
import { missingCase } from './exhaustive.ts';
import { priority, ref } from './items.ts';
import type { Item } from './items.ts';
import { callName, sentence } from './names.ts';
import type { FollowUp, FollowUpKind, Id, Person, Role } from './snapshot.ts';

/** Promises: follow-ups that are not done, overdue first, with what you need to answer questions. */

function action(kind: FollowUpKind, who: string): string {
  switch (kind) {
    case 'call':
      return `Call ${who}`;
    case 'email':
      return `E-mail ${who}`;
    case 'visit':
      return `Visit ${who}`;
    case 'check':
      return `Check in with ${who}`;
    default:
      return missingCase(kind, 'follow-up kind');
  }
}

/** Whether and how they like to be followed up: the consultant only rings people who said so. */
function consentNote(person: Person): string {
  const { status, channel, goodTimes } = person.followUpConsent;
  const name = callName(person);
  switch (status) {
    case 'yes': {
      const how = [channel === null ? null : `by ${channel}`, goodTimes].filter((s) => s !== null).join(', ');
      return how === '' ? `${name} is happy to be followed up.` : `${name} is happy to be followed up ${how}.`;
    }
    case 'no':
      return `${name} prefers not to be followed up: ask before getting in touch.`;
    case 'not-asked':
      return `${name} has not said whether follow-ups are welcome.`;
    default:
      return missingCase(status, 'follow-up consent');
  }
}

/**
 * Why a promise to `person` can no longer be kept by them: "died on 3 Nov", "no longer at Reed
 * Joinery". Null while they can still be asked. Someone whose every role at the client has
 * ended (as of the reader's today) has left; someone who never had a role there (a relative)
 * has not.
 */
export function unreachable(person: Person, roles: readonly Role[], clientId: Id, clientName: string, ctx: RuleContext): string | null {
  if (person.diedOn !== null) return `${callName(person)} died ${person.diedOn.precision === 'day' ? 'on' : 'in'} ${formatPrecise(person.diedOn, ctx)}`;
  const here = roles.filter((r) => r.personId === person.id && r.clientId === clientId);
  if (here.length > 0 && here.every((r) => r.until !== null && r.until <= ctx.today)) return `${callName(person)} is no longer at ${clientName}`;
  return null;
}

/** `mentionClient` names the client after the person, for lists that span clients (the dashboard). */
export function followUpItem(f: FollowUp, person: Person | null, clientName: string, ctx: RuleContext, roles: readonly Role[], mentionClient = false): Item {
  const due = localDateOf(f.dueAt, ctx.timeZone);
  const daysLate = daysBetween(due, ctx.today);
  const when = describeDay(due, ctx);
  const reason = daysLate > 0 ? `overdue: was due ${when}` : `due ${when} at ${ctx.dates.time(f.dueAt)}`;
  const about = [ref('follow-up', f.id), ref('client', f.clientId), ...(person === null ? [] : [ref('person', person.id)])];
  const gone = person === null ? null : unreachable(person, roles, f.clientId, clientName, ctx);
  if (gone !== null) {
    return {
      kind: 'needs-contact',
      text: `Needs another contact: ${gone}. Ask someone else at ${clientName} or close it. The promise: ${sentence(f.context)}`,
      reason: `${reason}; ${gone}`,
      about,
      priority: priority(daysLate > 0 ? 80 + Math.min(daysLate, 10) : 75 + Math.max(daysLate, -30) / 3),
      detail: null,
    };
  }
  return {
    kind: 'follow-up',
    text: `${action(f.kind, person === null ? clientName : mentionClient ? `${callName(person)} at ${clientName}` : callName(person))}: ${sentence(f.context)}`,
    reason,
    about,
    priority: priority(daysLate > 0 ? 80 + Math.min(daysLate, 10) : 75 + Math.max(daysLate, -30) / 3),
    detail: person === null ? null : consentNote(person),
  };
}

/** Open follow-ups (done ones are dropped here, whatever the gather module sent). */
export function followUpItems(followUps: readonly FollowUp[], clientName: string, ctx: RuleContext, roles: readonly Role[]): Item[] {
  return followUps.filter((f) => !f.done).map((f) => followUpItem(f, f.personId === null ? null : (ctx.people.get(f.personId) ?? null), clientName, ctx, roles));
}
