import { daysBetween } from '../dates/calendar-date.ts';
import { describeDay, formatDay } from '../dates/phrases.ts';
import { instantMs, localDateOf } from '../dates/time-zone.ts';
import type { RuleContext } from './context.ts';
import { priority, ref } from './items.ts';
import type { Item } from './items.ts';
import { callName, excerpt, joinDetail, sentence } from './names.ts';
import { unreachable } from './follow-ups.ts';
import type { Client, Incident, KnowHow, PastContact, PastVisit, Role, Visit } from './snapshot.ts';
import { CONTACT_KIND_WORDS } from '../contract/schemas/contacts.ts';
import { NOTES_EXCERPT_CHARS, OFTEN_ASKED_TIMES } from './windows.ts';

/** The client's side of a briefing: unexplained incidents, the last visit, know-how, site logistics. */

export function incidentItems(incidents: readonly Incident[], ctx: RuleContext): Item[] {
  return incidents
    // Explained as of now: re-reading an earlier briefing keeps the item it had then.
    .filter((i) => i.explainedAt === null || instantMs(i.explainedAt) > ctx.nowMs)
    .map((i) => {
      const started = localDateOf(i.startedAt, ctx.timeZone);
      return {
        kind: 'unexplained-incident',
        text: `Explain why it happened: ${sentence(i.summary)}`,
        reason: `started ${describeDay(started, ctx)}; ${i.cause === null ? 'the cause is not yet known' : 'the cause is known but not yet told to the client'}`,
        about: [ref('incident', i.id)],
        // The longer people have waited for the why, the sooner it should be explained.
        priority: priority(65 + Math.min(Math.max(daysBetween(started, ctx.today), 0), 30) / 6),
        detail: joinDetail(i.cause === null ? 'Why: not yet known.' : `Why: ${sentence(i.cause)}`, i.prevention === null ? null : `What was done: ${sentence(i.prevention)}`),
      };
    });
}

/** How many calls, e-mails and messages since the last visit a briefing recalls. */
const CONTACTS_RECALLED = 3;

/**
 * The calls, e-mails, messages and remote sessions since the last visit (before this one),
 * newest first: what was said and promised in between.
 */
export function contactItems(visit: Visit, lastVisitAt: string | null, contacts: readonly PastContact[], ctx: RuleContext): Item[] {
  const start = instantMs(visit.startsAt);
  const since = lastVisitAt === null ? -Infinity : instantMs(lastVisitAt);
  return contacts
    .filter((c) => instantMs(c.occurredAt) < start && instantMs(c.occurredAt) > since)
    .sort((a, b) => instantMs(b.occurredAt) - instantMs(a.occurredAt))
    .slice(0, CONTACTS_RECALLED)
    .map((c, i) => {
      const person = c.personId === null ? undefined : ctx.people.get(c.personId);
      const what = CONTACT_KIND_WORDS[c.kind];
      return {
        kind: 'last-contact',
        text: `${what.charAt(0).toUpperCase()}${what.slice(1)}${person === undefined ? '' : ` with ${callName(person)}`}: ${sentence(c.summary)}`,
        reason: `${what} ${describeDay(localDateOf(c.occurredAt, ctx.timeZone), ctx)}`,
        about: person === undefined ? [] : [ref('person', person.id)],
        // After the last visit, so newer than it: read first, newest first.
        priority: priority(52 - i),
        detail: c.promised === null ? null : `Promised: ${sentence(c.promised)}`,
      };
    });
}

export function lastVisitItems(visit: Visit, recentVisits: readonly PastVisit[], ctx: RuleContext, recentContacts: readonly PastContact[] = []): Item[] {
  const start = instantMs(visit.startsAt);
  let last: PastVisit | null = null;
  for (const v of recentVisits) {
    if (v.status !== 'completed' || v.id === visit.id || instantMs(v.startsAt) >= start) continue;
    if (last === null || instantMs(v.startsAt) > instantMs(last.startsAt)) last = v;
  }
  const contacts = contactItems(visit, last?.startsAt ?? null, recentContacts, ctx);
  if (last === null) return contacts;
  const on = localDateOf(last.startsAt, ctx.timeZone);
  return [
    ...contacts,
    {
      kind: 'last-visit',
      text: last.workDone === null ? 'Last visit: no work noted.' : `Last visit: ${sentence(last.workDone)}`,
      reason: `last visit ${describeDay(on, ctx)}`,
      about: [ref('visit', last.id)],
      priority: priority(50),
      detail: last.notes === null ? null : excerpt(last.notes, NOTES_EXCERPT_CHARS),
    },
  ];
}

export function knowHowItems(knowHow: readonly KnowHow[], ctx: RuleContext, roles: readonly Role[], client: Client): Item[] {
  return knowHow
    .filter((k) => k.timesAsked >= OFTEN_ASKED_TIMES)
    .map((k) => {
      const person = k.personId === null ? undefined : ctx.people.get(k.personId);
      const last = k.lastAskedAt === null ? '' : `, last ${formatDay(localDateOf(k.lastAskedAt, ctx.timeZone), ctx)}`;
      const gone = person === undefined ? null : unreachable(person, roles, client.id, client.name, ctx);
      if (person !== undefined && gone !== null) {
        return {
          kind: 'know-how',
          text: `Needs another contact: ${gone}. Who asks about this now? ${k.question.trim()}`,
          reason: `asked ${k.timesAsked} times${last}; ${gone}`,
          about: [ref('know-how', k.id), ref('person', person.id)],
          priority: priority(40 + Math.min(k.timesAsked, 20)),
          detail: `Answer given: ${sentence(k.answer)}`,
        };
      }
      return {
        kind: 'know-how',
        text: `Often asked${person === undefined ? '' : ` by ${callName(person)}`}: ${k.question.trim()}`,
        reason: `asked ${k.timesAsked} times${last}`,
        about: [ref('know-how', k.id), ...(person === undefined ? [] : [ref('person', person.id)])],
        priority: priority(40 + Math.min(k.timesAsked, 20)),
        detail: `Answer given: ${sentence(k.answer)}`,
      };
    });
}

export function logisticsItems(client: Client): Item[] {
  const about = [ref('client', client.id)];
  const lines: Array<[string | null, (v: string) => string]> = [
    [client.askFor, (v) => `Ask for ${v} on arrival.`],
    [client.accessHours, (v) => `Access: ${sentence(v)}`],
    [client.parking, (v) => `Parking: ${sentence(v)}`],
    [client.siteNotes, (v) => `On site: ${sentence(v)}`],
  ];
  return lines.flatMap(([value, say], i): Item[] =>
    value === null ? [] : [{ kind: 'logistics', text: say(value.trim()), reason: 'site logistics', about, priority: priority(30 - i), detail: null }],
  );
}
