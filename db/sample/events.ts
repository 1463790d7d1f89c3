import { LIFE_EVENT_TYPES, lifeEventType, type LifeEventType, type LifeEventTypeKey, type Tone } from '../../src/catalogue/life-events.ts';
import { atPrecision } from '../../src/dates/calendar-date.ts';
import type { Circles } from './circles.ts';
import type { SampleContext, SamplePerson } from './context.ts';
import { EVENT_NOTES, EVENT_TITLES, PET_NAMES } from './event-texts.ts';
import { GIVEN_NAMES, TOWNS } from './names.ts';
import { DAY_MS, dayOf, instantOf } from './time.ts';
import type { CompletedVisits } from './visits.ts';
import { ACKNOWLEDGEMENT_NOTES } from './work-texts.ts';

/** News that is often still to come when first heard of. */
const OFTEN_AHEAD = new Set<LifeEventTypeKey>(['expecting-baby', 'trip', 'wedding', 'exams', 'big-event', 'move', 'surgery', 'retirement', 'graduation', 'new-office', 'owner-retiring']);
/** News that can still be going on. */
const LASTING = new Set<LifeEventTypeKey>(['illness', 'treatment', 'caring-for-someone', 'mental-health', 'recovery', 'hospital-stay', 'diagnosis', 'renovation', 'started-course', 'cash-flow-trouble', 'business-trouble']);
/** News a couple shares: one event about both of them, never one for each. */
const SHARED = new Set<LifeEventTypeKey>(['wedding', 'anniversary', 'new-home', 'move', 'trip', 'expecting-baby', 'birth', 'new-pet', 'pet-death', 'pregnancy-loss', 'renovation', 'family-gathering']);
/** Health matters: nobody has more than one still going at a time. */
const HEALTH = new Set<LifeEventTypeKey>(['illness', 'treatment', 'caring-for-someone', 'mental-health', 'recovery', 'hospital-stay', 'diagnosis']);
/** News that can come round more than once in a few years; anything else happens to a person (or a business) once. */
const REPEATABLE = new Set<LifeEventTypeKey>([
  'trip', 'family-gathering', 'hobby-milestone', 'big-event', 'other', 'other-good-news', 'illness', 'injury', 'birth', 'exams', 'renovation', 'new-hire', 'staff-leaving', 'business-milestone', 'award',
]);
/** How long ago something may still be going on: a health matter from years back has ended by now. */
const ONGOING_WITHIN_DAYS = 300;
/** How far ahead news is heard of: a trip booked, a wedding planned. */
const AHEAD_DAYS = 120;
/** Only written where the people data says so: deaths for the deceased, separations for couples who split. */
const FROM_CIRCLES = new Set<LifeEventTypeKey>(['death', 'separation', 'divorce']);

const PERSONAL = LIFE_EVENT_TYPES.filter((t) => t.category !== 'business' && !FROM_CIRCLES.has(t.key));
const BUSINESS = LIFE_EVENT_TYPES.filter((t) => t.category === 'business');

interface EventSpec {
  type: LifeEventType;
  title: string;
  dateMs: number;
  precision?: 'day' | 'month' | 'year';
  people: number[];
  clientId?: number | null;
  ongoing?: boolean;
  endMs?: number | null;
  toneOverride?: Tone | null;
  /** The client whose visits might have asked after it. */
  heardAt: number;
}

/**
 * Life events: every death and separation in the circles, then news about living people up to
 * the target count, then one of each catalogue type still missing, so every type and tone appears.
 * Some are acknowledged at a later visit to the client whose circle they belong to.
 */
/**
 * A tone a person might plausibly give an event instead of the catalogue's: a mixed-feelings
 * promotion, a move that was not a happy one. Never a grief tone on something that is not a loss.
 */
const PLAUSIBLE_OVERRIDES: Readonly<Record<Tone, readonly Tone[]>> = {
  celebration: ['neutral'],
  neutral: ['celebration', 'sensitive'],
  sensitive: ['neutral'],
  grief: ['sensitive'],
};

export function writeEvents(ctx: SampleContext, circles: Circles, visits: CompletedVisits, target: number): void {
  const { random: r, write, now } = ctx;
  const used = new Set<LifeEventTypeKey>();
  let written = 0;

  const firstVisitAfter = (clientId: number, ms: number) => {
    const list = visits.get(clientId) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.ms <= ms) lo = mid + 1;
      else hi = mid;
    }
    return list[lo];
  };

  const event = ({ type, title, dateMs, precision = 'day', people, clientId = null, ongoing = false, endMs = null, toneOverride = null, heardAt }: EventSpec) => {
    const tone = toneOverride ?? type.tone;
    const id = write.event(
      {
        typeKey: type.key,
        title,
        date: atPrecision(dayOf(dateMs), precision),
        precision,
        endDate: endMs === null ? null : dayOf(endMs),
        ongoing: ongoing ? 1 : 0,
        toneOverride,
        clientId,
        notes: r.chance(0.4) ? r.pick(EVENT_NOTES[tone]) : null,
      },
      people,
    );
    used.add(type.key);
    written++;
    const askedAt = dateMs < now ? firstVisitAfter(heardAt, dateMs) : undefined;
    if (askedAt && r.chance(0.35)) write.acknowledgement(id, askedAt.id, instantOf(askedAt.ms), r.pick(ACKNOWLEDGEMENT_NOTES[tone]));
  };

  const msOf = (day: string) => Date.parse(`${day}T12:00:00.000Z`);
  // News is spread evenly over the years the visits cover, so a larger sample has more years of
  // news, not more news per person per year: every size reads as plausibly per person.
  const earliestVisit = Math.min(...[...visits.values()].map((list) => list[0]?.ms ?? now));
  const spanDays = Math.max(365, Math.round((now - earliestVisit) / DAY_MS));
  /** What has happened to whom (person ids, or client ids for business news): most news happens once. */
  const had = new Map<string, Set<LifeEventTypeKey>>();
  const remember = (owner: string, key: LifeEventTypeKey) => {
    const set = had.get(owner);
    if (set === undefined) had.set(owner, new Set([key]));
    else set.add(key);
  };
  const hasHad = (owner: string, key: LifeEventTypeKey) => had.get(owner)?.has(key) === true;
  /** People with a health matter still going on. */
  const unwell = new Set<number>();
  for (const { person, familyName, diedOn, mourners } of circles.deaths) {
    const title = `${person.givenName}${familyName ? ` ${familyName}` : ''} died`;
    event({ type: lifeEventType('death'), title, dateMs: msOf(diedOn), people: [person.id, ...mourners], heardAt: person.client.id });
  }
  for (const { people: [a, b], on, married } of circles.separations) {
    const heardAt = a.client.id;
    event({ type: lifeEventType('separation'), title: `${a.givenName} and ${b.givenName} separated`, dateMs: msOf(on), people: [a.id, b.id], heardAt });
    const finalised = msOf(on) + r.int(200, 400) * DAY_MS;
    if (married && finalised < now) event({ type: lifeEventType('divorce'), title: `${a.givenName} and ${b.givenName}: divorce finalised`, dateMs: finalised, precision: 'month', people: [a.id, b.id], heardAt });
  }

  const living = circles.people.filter((p) => p.alive);
  // News is mostly about the people met at visits, and otherwise about grown-ups in their lives.
  const contacts = circles.clients.flatMap((c) => c.contacts);
  const adults = living.filter((p) => ctx.thisYear - p.birthYear >= 18);
  const someone = () => (contacts.length > 0 && r.chance(0.6) ? r.pick(contacts) : r.pick(adults.length > 0 ? adults : living));
  const fill = (type: LifeEventType, subject: SamplePerson) =>
    r
      .pick(EVENT_TITLES[type.key])
      .replace('{n}', subject.givenName)
      .replace('{t}', r.pick(TOWNS))
      .replace('{x}', type.key === 'new-pet' || type.key === 'pet-death' ? r.pick(PET_NAMES) : r.pick(GIVEN_NAMES.young[r.chance(0.5) ? 'f' : 'm']));

  /** Whether the news fits the person: once-in-a-while news not twice, a pregnancy at a plausible age. */
  const fits = (type: LifeEventType, subject: SamplePerson): boolean => {
    const owners = type.category === 'business' ? [`client:${subject.client.id}`] : [subject.id, subject.partnerId].filter((id) => id !== null).map((id) => `person:${id}`);
    if (!REPEATABLE.has(type.key) && owners.some((o) => hasHad(o, type.key))) return false;
    const age = ctx.thisYear - subject.birthYear;
    return !(type.key === 'pregnancy-loss' || type.key === 'expecting-baby') || (age >= 20 && age <= 45);
  };

  const news = (type: LifeEventType, subject: SamplePerson) => {
    // Spread evenly over the years of visits; news still to come only a few months ahead.
    const ahead = OFTEN_AHEAD.has(type.key) && r.chance(AHEAD_DAYS / (spanDays + AHEAD_DAYS));
    const daysAgo = ahead ? -r.int(1, AHEAD_DAYS) : Math.floor(spanDays * r.next());
    const dateMs = now - daysAgo * DAY_MS;
    const roll = r.next();
    const precision = roll < 0.75 ? 'day' : roll < 0.95 ? 'month' : 'year';
    const health = HEALTH.has(type.key);
    const ongoing = !ahead && LASTING.has(type.key) && daysAgo <= ONGOING_WITHIN_DAYS && !(health && unwell.has(subject.id)) && r.chance(0.5);
    if (ongoing && health) unwell.add(subject.id);
    const hasEnd = !ahead && !ongoing && precision === 'day' && (type.key === 'trip' || type.key === 'hospital-stay');
    const partner = SHARED.has(type.key) ? subject.partnerId : null;
    const owners = type.category === 'business' ? [`client:${subject.client.id}`] : [subject.id, partner].filter((id) => id !== null).map((id) => `person:${id}`);
    for (const owner of owners) remember(owner, type.key);
    event({
      type,
      title: fill(type, subject),
      dateMs,
      precision,
      people: partner === null ? [subject.id] : [subject.id, partner],
      clientId: type.category === 'business' ? subject.client.id : null,
      ongoing,
      endMs: hasEnd ? dateMs + r.int(2, 21) * DAY_MS : null,
      toneOverride: r.chance(0.04) ? r.pick(PLAUSIBLE_OVERRIDES[type.tone]) : null,
      heardAt: subject.client.id,
    });
  };

  const atBusiness = living.filter((p) => p.atBusiness);
  // Leave room for one of each type not yet written.
  // Nobody hears of more than about four things a year about one person.
  const newsCap = Math.ceil((4 * spanDays) / 365);
  const newsCount = new Map<number, number>();
  const roomFor = (p: SamplePerson) => (newsCount.get(p.id) ?? 0) < newsCap;
  while (written + LIFE_EVENT_TYPES.length - used.size < target) {
    let subject = someone();
    for (let tries = 0; tries < 8 && !roomFor(subject); tries++) subject = tries < 4 ? someone() : r.pick(living);
    for (const id of [subject.id, subject.partnerId]) if (id !== null) newsCount.set(id, (newsCount.get(id) ?? 0) + 1);
    let type = subject.atBusiness && r.chance(0.2) ? r.pick(BUSINESS) : r.pick(PERSONAL);
    // Something that has already happened to them (or cannot) gives way to everyday news.
    for (let tries = 0; tries < 4 && !fits(type, subject); tries++) type = r.pick(PERSONAL);
    if (!fits(type, subject)) type = lifeEventType(r.pick(['trip', 'family-gathering', 'hobby-milestone', 'other'] as const));
    news(type, subject);
  }
  for (const type of LIFE_EVENT_TYPES.filter((t) => !used.has(t.key))) {
    const [separated] = circles.separations;
    if (FROM_CIRCLES.has(type.key) && separated && type.key !== 'death') {
      const [a, b] = separated.people;
      event({ type, title: `${a.givenName} and ${b.givenName}: ${type.label.toLowerCase()}`, dateMs: msOf(separated.on), people: [a.id, b.id], heardAt: a.client.id });
    } else if (type.key !== 'death') {
      news(type, type.category === 'business' && atBusiness.length > 0 ? r.pick(atBusiness) : someone());
    }
  }
}
