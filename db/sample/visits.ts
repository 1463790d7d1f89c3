import type { SampleClient, SampleContext, SamplePerson } from './context.ts';
import { DAY_MS, HOUR_MS, instantOf, midnightOf, weekday } from './time.ts';
import { FOLLOW_UP_CONTEXTS, FOLLOW_UP_OUTCOMES, VISIT_NOTES, VISIT_PURPOSES, WORK_DONE } from './work-texts.ts';

/** Completed visits per client id, oldest first: when news could have been asked about. */
export type CompletedVisits = Map<number, { id: number; ms: number }[]>;

/** Clients with no set rhythm still see the consultant every couple of months. */
const AD_HOC_RHYTHM = 60;
const PLANNING_WINDOW_MS = 14 * DAY_MS;
/** Planned visits a consultant can fit into one day (the product brief: 3–8 visits a week, busy weeks more). */
const MAX_VISITS_PER_DAY = 4;
/** The oldest a promise still open can be: a consultant who lets one slide for longer rings. */
const OVERDUE_AT_MOST_DAYS = 42;

/**
 * Visit history at each client's rhythm, ending recently, with attendees, notes, work done and
 * the follow-ups promised; plus planned visits in the next two weeks. Every client's history
 * covers the same span, long enough for the visits to add up to about `target`.
 */
export function writeVisits(ctx: SampleContext, clients: readonly SampleClient[], target: number): CompletedVisits {
  const { random: r, write, now } = ctx;
  const completedVisits: CompletedVisits = new Map();
  const plannedPerDay = new Map<number, number>();
  const rhythmOf = (client: SampleClient) => client.rhythmDays ?? AD_HOC_RHYTHM;
  const perDay = clients.reduce((sum, client) => sum + 1 / rhythmOf(client), 0);
  const today = midnightOf(now);

  const visit = (client: SampleClient, startMs: number, status: 'planned' | 'completed' | 'cancelled') => {
    const attendees = r.some(client.contacts, r.int(1, Math.min(3, client.contacts.length)));
    const name = attendees[0]?.givenName ?? 'the owner';
    const endMs = startMs + r.int(1, 3) * HOUR_MS;
    const id = write.visit(
      {
        clientId: client.id,
        startsAt: instantOf(startMs),
        endsAt: instantOf(endMs),
        status,
        purpose: r.pick(VISIT_PURPOSES),
        notes: status === 'cancelled' ? `Cancelled: ${name} unwell.` : status === 'completed' ? r.pick(VISIT_NOTES).replace('{n}', name) : null,
        workDone: status === 'completed' ? r.pick(WORK_DONE) : null,
        completedAt: status === 'completed' ? instantOf(endMs) : null,
      },
      attendees.map((p) => p.id),
    );
    return { id, endMs, attendees };
  };

  /** A promise made at a visit: ring the next evening, or check something within the week. */
  const followUp = (client: SampleClient, visitId: number, endMs: number, attendees: SamplePerson[]) => {
    const kind = r.pick(['call', 'call', 'email', 'check', 'visit'] as const);
    const dueMs = midnightOf(endMs) + (kind === 'call' ? DAY_MS + 18 * HOUR_MS : r.int(2, 7) * DAY_MS + 10 * HOUR_MS);
    const person = attendees.find((p) => p.followUpConsent === 'yes') ?? (r.chance(0.7) ? (attendees[0] ?? null) : null);
    // Every promise older than a few weeks was kept; a few recent ones are overdue, by days or weeks, never years.
    const overdueDays = (now - dueMs) / DAY_MS;
    const done = overdueDays > 1 && (overdueDays > OVERDUE_AT_MOST_DAYS || r.chance(overdueDays > 7 ? 0.85 : 0.6));
    write.followUp({
      clientId: client.id,
      personId: person?.id ?? null,
      dueAt: instantOf(dueMs),
      kind,
      context: r.pick(FOLLOW_UP_CONTEXTS),
      sourceVisitId: visitId,
      doneAt: done ? instantOf(Math.min(now, dueMs + r.int(0, 48) * HOUR_MS)) : null,
      outcome: done ? r.pick(FOLLOW_UP_OUTCOMES) : null,
    });
  };

  // How far back every client's history goes for the visits to add up to the target.
  const earliest = today - Math.round(target / perDay) * DAY_MS;
  clients.forEach((client, index) => {
    const rhythm = rhythmOf(client);
    const days: number[] = [];
    // Back from the most recent visit at the client's rhythm, give or take a quarter.
    for (let day = today - r.int(1, rhythm) * DAY_MS; day >= earliest || days.length === 0; day -= Math.round(rhythm * (0.75 + r.next() / 2)) * DAY_MS) {
      days.unshift(weekday(day, -1));
    }
    const completed: { id: number; ms: number }[] = [];
    days.forEach((day, n) => {
      const startMs = day + r.int(9, 15) * HOUR_MS + r.pick([0, 30]) * 60_000;
      const status = r.chance(0.04) ? 'cancelled' : 'completed';
      const { id, endMs, attendees } = visit(client, startMs, status);
      if (status === 'cancelled') return;
      completed.push({ id, ms: startMs });
      const latest = n === days.length - 1;
      if (r.chance(latest ? 0.5 : 0.15)) followUp(client, id, endMs, attendees);
    });
    completedVisits.set(client.id, completed);

    const last = days[days.length - 1] ?? today;
    const due = last + rhythm * DAY_MS;
    if (client.archived || !(due <= today + PLANNING_WINDOW_MS || index < 3 || r.chance(0.3))) return;
    // The first clients get a visit tomorrow or so, so the demo opens on a briefing.
    const day = index < 3 ? today + (index + 1) * DAY_MS : Math.min(Math.max(due, today + DAY_MS), today + PLANNING_WINDOW_MS);
    const onWeekday = weekday(day, 1) > today + PLANNING_WINDOW_MS ? weekday(day, -1) : weekday(day, 1);
    // One person can only do so many visits a day: a full day pushes the rest past the planning window.
    const booked = plannedPerDay.get(onWeekday) ?? 0;
    if (booked >= MAX_VISITS_PER_DAY) return;
    plannedPerDay.set(onWeekday, booked + 1);
    visit(client, onWeekday + r.int(9, 15) * HOUR_MS, 'planned');
  });
  return completedVisits;
}
