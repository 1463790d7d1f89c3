import { describeDay } from '../../dates/phrases.ts';
import { nearestOccurrence } from '../../dates/yearly.ts';
import type { Occurrence } from '../../dates/yearly.ts';
import { isCloseAndCurrent } from '../circle.ts';
import type { RuleContext } from '../context.ts';
import { relationsOf } from '../context.ts';
import { priority, ref } from '../items.ts';
import type { Item } from '../items.ts';
import { callName } from '../names.ts';
import type { Birthday, Id, Person } from '../snapshot.ts';
import { BIRTHDAY_DAYS } from '../windows.ts';
import { relativeOf } from './relatives.ts';

/**
 * Birthdays of the living within a few days of the visit: a greeting before or on the day,
 * "belated" after. Someone who has died never gets one (their relation is not current).
 */

function nearBirthday(birthday: Birthday | null, ctx: RuleContext): Occurrence | null {
  if (birthday === null) return null;
  const found = nearestOccurrence(birthday, ctx.day);
  return Math.abs(found.daysAway) <= BIRTHDAY_DAYS ? found : null;
}

function birthdayReason(name: string, birthday: Birthday, on: Occurrence, ctx: RuleContext): string {
  const leapling = birthday.month === 2 && birthday.day === 29 && on.on.date.endsWith('-02-28') ? ' (born on 29 Feb)' : '';
  return `${name} ${describeDay(on.on.date, ctx)}${leapling}`;
}

export function birthdayItems(person: Person, ctx: RuleContext, alsoBriefed: ReadonlySet<Id>): Item[] {
  const items: Item[] = [];
  const own = nearBirthday(person.birthday, ctx);
  if (own !== null && person.birthday !== null && person.diedOn === null) {
    const name = callName(person);
    items.push({
      kind: 'birthday',
      text: own.daysAway < 0 ? `Wish ${name} a happy belated birthday.` : `Wish ${name} a happy birthday.`,
      reason: birthdayReason('birthday', person.birthday, own, ctx),
      about: [ref('person', person.id)],
      priority: priority(65 - Math.abs(own.daysAway)),
      detail: null,
    });
  }
  for (const relation of relationsOf(ctx, person.id)) {
    const relative = relation.other;
    // People you will see get their own greeting.
    if (!isCloseAndCurrent(relation) || alsoBriefed.has(relative.id) || relative.birthday === null) continue;
    const near = nearBirthday(relative.birthday, ctx);
    if (near === null) continue;
    const who = relativeOf(person, relation);
    items.push({
      kind: 'birthday',
      text: near.daysAway < 0 ? `Ask ${callName(person)} how the birthday of ${who} went.` : `Ask ${callName(person)} about the birthday of ${who}.`,
      reason: birthdayReason(`${callName(relative)}'s birthday`, relative.birthday, near, ctx),
      about: [ref('person', person.id), ref('person', relative.id)],
      priority: priority(45 - Math.abs(near.daysAway)),
      detail: null,
    });
  }
  return items;
}
