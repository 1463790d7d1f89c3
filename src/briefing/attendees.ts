import type { CalendarDate } from '../dates/calendar-date.ts';
import { instantMs } from '../dates/time-zone.ts';
import { isDeceased } from './circle.ts';
import { fullName } from './names.ts';
import type { BriefingSnapshot, Id, Person, Role, RoleKind } from './snapshot.ts';
import { RANKING_VISITS } from './windows.ts';

/**
 * Who you'll see: the visit's expected attendees, else the client's people with an active
 * role, most often met first. Never someone who has died or whose role here has ended.
 */

export interface Attendee {
  readonly person: Person;
  readonly role: RoleKind | null;
  /** Why they are listed: "expected at this visit", "at 4 of the last 5 visits". */
  readonly listedBecause: string;
}

const ROLE_ORDER: Record<RoleKind, number> = { owner: 0, manager: 1, staff: 2, family: 3, other: 4 };

export const isRoleActive = (r: Role, day: CalendarDate): boolean => (r.since === null || r.since <= day) && (r.until === null || r.until > day);

/** The most senior active role among a person's roles here. */
function activeRole(roles: readonly Role[], day: CalendarDate): RoleKind | null {
  let best: RoleKind | null = null;
  for (const r of roles) if (isRoleActive(r, day) && (best === null || ROLE_ORDER[r.role] < ROLE_ORDER[best])) best = r.role;
  return best;
}

export function whoYoullSee(snapshot: BriefingSnapshot, people: ReadonlyMap<Id, Person>, day: CalendarDate): Attendee[] {
  const { visit, client } = snapshot;
  const rolesByPerson = new Map<Id, Role[]>();
  for (const r of snapshot.roles) {
    if (r.clientId !== client.id) continue;
    const list = rolesByPerson.get(r.personId);
    if (list === undefined) rolesByPerson.set(r.personId, [r]);
    else list.push(r);
  }

  if (visit.expectedAttendeeIds.length > 0) {
    const attendees: Attendee[] = [];
    for (const id of new Set(visit.expectedAttendeeIds)) {
      const person = people.get(id);
      if (person === undefined || isDeceased(person)) continue;
      const roles = rolesByPerson.get(id) ?? [];
      const role = activeRole(roles, day);
      // Someone with no role here (a visiting relative) may be expected; someone whose role ended may not.
      if (roles.length > 0 && role === null) continue;
      attendees.push({ person, role, listedBecause: 'expected at this visit' });
    }
    return attendees;
  }

  const visitStart = instantMs(visit.startsAt);
  const ranking = snapshot.recentVisits
    .filter((v) => v.status === 'completed' && v.id !== visit.id && instantMs(v.startsAt) < visitStart)
    .sort((a, b) => instantMs(b.startsAt) - instantMs(a.startsAt))
    .slice(0, RANKING_VISITS);
  const attended = new Map<Id, number>();
  for (const v of ranking) for (const id of new Set(v.attendeeIds)) attended.set(id, (attended.get(id) ?? 0) + 1);

  const candidates: Array<{ person: Person; role: RoleKind; times: number }> = [];
  for (const [id, roles] of rolesByPerson) {
    const person = people.get(id);
    const role = activeRole(roles, day);
    if (person === undefined || role === null || isDeceased(person)) continue;
    candidates.push({ person, role, times: attended.get(id) ?? 0 });
  }
  candidates.sort(
    (a, b) =>
      b.times - a.times ||
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      (fullName(a.person) < fullName(b.person) ? -1 : fullName(a.person) > fullName(b.person) ? 1 : 0) ||
      a.person.id - b.person.id,
  );
  return candidates.map(({ person, role, times }) => ({
    person,
    role,
    listedBecause: times > 0 ? `at ${times} of the last ${ranking.length} visits` : `${role} here`,
  }));
}
