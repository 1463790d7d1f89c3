import { BUSINESS_KINDS, CLIENT_NOTES, HOUSEHOLD_ACCESS, HOUSEHOLD_SITE_NOTES, PARKING, type BusinessKind } from './businesses.ts';
import type { SampleClient, SampleContext, SampleDeath, SamplePerson, SampleSeparation } from './context.ts';
import {
  EXPLAIN_HOW, FAMILY_NAMES, FOLLOW_UP_TIMES, GIVEN_NAMES, INTERESTS, NICKNAMES, PERSON_NOTES, POSTCODE_AREAS, PREFERENCES, STREETS, TOWNS, generationOf, type Sex,
} from './names.ts';
import { DAY_MS, dayOf, daysInMonth, instantOf } from './time.ts';

/**
 * Clients and the circle of people around each: contacts with their roles, and their
 * families (partners, children, grandchildren), some separated, some bereaved.
 */

export interface Circles {
  clients: SampleClient[];
  people: SamplePerson[];
  deaths: SampleDeath[];
  separations: SampleSeparation[];
}

type Situation = 'together' | 'widowed' | 'separated' | 'single';

const RHYTHMS = [14, 21, 28, 28, 35, 42, 56, 90, null] as const;

const asciiSlug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .trim()
    .toLowerCase()
    .replace(/ +/g, '.');

/** "The Collinses", "The Patels": a family's name as a household. */
const familyPlural = (family: string): string => (/(s|sh|ch|x|z)$/.test(family) ? `${family}es` : `${family}s`);

export function writeCircles(ctx: SampleContext, size: { clients: number; people: number }): Circles {
  const { random: r, write, now, thisYear } = ctx;
  const out: Circles = { clients: [], people: [], deaths: [], separations: [] };
  const fill = (pattern: string) => pattern.replace('{s2}', r.pick(FAMILY_NAMES)).replace('{s}', r.pick(FAMILY_NAMES)).replace('{t}', r.pick(TOWNS));
  const daysAgo = (days: number) => dayOf(now - days * DAY_MS);
  const landline = () => `01632 960${String(r.int(0, 999)).padStart(3, '0')}`;

  function writeClient(index: number, business: BusinessKind | null, family: string, askFor: string): SampleClient {
    const town = r.pick(TOWNS);
    const name = business ? fill(r.pick(business.names)) : r.chance(0.6) ? `The ${familyPlural(family)}` : `${family} family, ${town}`;
    const rhythmDays = r.pick(RHYTHMS);
    const archived = index > 2 && r.chance(0.04);
    const id = write.client({
      name,
      kind: business ? 'business' : 'household',
      phone: landline(),
      email: business ? `office@${asciiSlug(name).replace(/\./g, '')}.example` : null,
      address: `${r.int(1, 180)} ${r.pick(STREETS)}, ${town} ${r.pick(POSTCODE_AREAS)} ${r.int(1, 9)}${String.fromCharCode(65 + r.int(0, 25), 65 + r.int(0, 25))}`,
      accessHours: business ? business.accessHours : r.pick(HOUSEHOLD_ACCESS),
      parking: r.pick(PARKING),
      askFor,
      siteNotes: business ? r.pick(business.siteNotes) : r.pick(HOUSEHOLD_SITE_NOTES),
      rhythmDays,
      notes: r.chance(0.4) ? r.pick(CLIENT_NOTES) : null,
      // The first few stay active so the demo always has visits to show.
      archivedAt: archived ? instantOf(now - r.int(30, 300) * DAY_MS) : null,
    });
    const client: SampleClient = { id, kind: business ? 'business' : 'household', rhythmDays, archived, contacts: [] };
    out.clients.push(client);
    return client;
  }

  /** One circle: the people around one client, no more than `budget` of them. */
  function writeCircle(index: number, budget: number) {
    // The first two circles always show the hard cases: a recent bereavement, a couple who split.
    const household = index === 0 || (index !== 1 && r.chance(0.45));
    const business = household ? null : r.pick(BUSINESS_KINDS);
    const family = r.pick(FAMILY_NAMES);
    const anchorYear = household ? thisYear - (index === 0 || r.chance(0.6) ? r.int(64, 88) : r.int(33, 55)) : thisYear - r.int(38, 68);
    const anchorSex: Sex = r.chance(0.5) ? 'f' : 'm';
    const anchorName = r.pick(GIVEN_NAMES[generationOf(anchorYear)][anchorSex]);
    const client = writeClient(index, business, family, anchorName);
    let used = 0;
    const room = () => budget - used;
    // No two people in one circle answer to the same name: "Ask Rob about Rob" helps no one.
    const namesInCircle = new Set<string>();
    const freeName = (pick: () => string): string => {
      let name = pick();
      for (let tries = 0; tries < 20 && (namesInCircle.has(name) || namesInCircle.has(NICKNAMES[name] ?? name)); tries++) name = pick();
      return name;
    };

    const person = (spec: { birthYear: number; family: string | null; contact: boolean; sex?: Sex; givenName?: string; diedOn?: string }): SamplePerson => {
      used++;
      const sex = spec.sex ?? (r.chance(0.5) ? 'f' : 'm');
      const givenName = spec.givenName ?? freeName(() => r.pick(GIVEN_NAMES[generationOf(spec.birthYear)][sex]));
      const nickname = NICKNAMES[givenName] !== undefined && !namesInCircle.has(NICKNAMES[givenName]) && r.chance(0.5) ? NICKNAMES[givenName] : null;
      namesInCircle.add(givenName);
      if (nickname !== null) namesInCircle.add(nickname);
      const adult = thisYear - spec.birthYear >= 18;
      const consent = spec.contact ? r.pick(['yes', 'yes', 'no', 'not_asked', 'not_asked'] as const) : 'not_asked';
      const month = r.int(1, 12);
      const yearKnown = !spec.contact || r.chance(0.6);
      // Some are born on 29 February, and their birthday still has to come round.
      const day = month === 2 && r.chance(0.05) ? 29 : r.int(1, daysInMonth(yearKnown ? spec.birthYear : 2001, month));
      const known = spec.contact || r.chance(0.7);
      const id = write.person({
        givenName,
        familyName: spec.family,
        nickname,
        birthdayMonth: known ? month : null,
        birthdayDay: known ? day : null,
        birthdayYear: known && yearKnown ? spec.birthYear - (day === 29 ? spec.birthYear % 4 : 0) : null,
        diedOn: spec.diedOn ?? null,
        phone: spec.contact ? `07700 900${String(r.int(0, 999)).padStart(3, '0')}` : null,
        email: spec.contact && r.chance(0.7) ? `${asciiSlug(`${givenName} ${spec.family ?? ''}`)}@${r.pick(['example.com', 'example.org', 'example.net'])}` : null,
        interests: spec.contact || r.chance(0.4) ? r.some(INTERESTS, r.int(1, spec.contact ? 3 : 1)).join(', ') : null,
        preferences: spec.contact && r.chance(0.6) ? r.some(PREFERENCES, r.int(1, 2)).join('; ') : null,
        techComfort: adult && (spec.contact || r.chance(0.3)) ? r.pick(generationOf(spec.birthYear) === 'older' ? (['low', 'low', 'medium'] as const) : (['medium', 'high'] as const)) : null,
        explainHow: spec.contact && r.chance(0.6) ? r.pick(EXPLAIN_HOW) : null,
        followUpConsent: consent,
        followUpChannel: consent === 'yes' ? r.pick(['phone', 'phone', 'email', 'text'] as const) : null,
        followUpTimes: consent === 'yes' ? r.pick(FOLLOW_UP_TIMES) : null,
        notes: spec.contact && r.chance(0.15) ? r.pick(PERSON_NOTES) : null,
      });
      const seed: SamplePerson = { id, givenName, sex, birthYear: spec.birthYear, alive: spec.diedOn === undefined, client, atBusiness: false, partnerId: null, followUpConsent: consent };
      out.people.push(seed);
      return seed;
    };

    const role = (p: SamplePerson, kind: string, title: string | null, until: string | null = null) => {
      write.role(p.id, client.id, kind, title, `${thisYear - r.int(1, 25)}-0${r.int(1, 9)}-01`, until);
      if (until === null && p.alive) {
        client.contacts.push(p);
        p.atBusiness = business !== null;
      }
    };

    /** A death some time ago; a few recent, a few whose first anniversary is close. */
    const diedOn = (): string => {
      const when = r.next();
      return daysAgo(when < 0.25 ? r.int(3, 42) : when < 0.45 ? r.int(351, 372) : r.int(60, 1500));
    };

    const anchor = person({ birthYear: anchorYear, family, contact: true, sex: anchorSex, givenName: anchorName });
    role(anchor, household ? 'family' : 'owner', business?.ownerTitle ?? null);

    const older = thisYear - anchorYear >= 64;
    const situation: Situation =
      index === 0 ? 'widowed' : index === 1 ? 'separated' : r.pick<Situation>(older ? ['together', 'together', 'together', 'widowed', 'separated', 'single'] : ['together', 'together', 'together', 'together', 'separated', 'single']);

    let partner: SamplePerson | null = null;
    let death: SampleDeath | null = null;
    if (situation !== 'single' && room() > 0) {
      const partnerYear = anchorYear + r.int(-5, 5);
      const sex: Sex = r.chance(0.9) ? (anchor.sex === 'f' ? 'm' : 'f') : anchor.sex;
      const married = r.chance(0.7);
      /** When they got together: in their twenties or early thirties, and before `before` (a year). */
      const together = (before: number) => Math.min(partnerYear + r.int(20, 32), before - 1);
      if (situation === 'widowed') {
        const on = index === 0 ? daysAgo(r.int(14, 28)) : diedOn();
        partner = person({ birthYear: partnerYear, family, contact: false, diedOn: on, sex });
        write.relationship(anchor.id, 'spouse', partner.id, `${together(Number(on.slice(0, 4)))}-06-01`);
        death = { person: partner, familyName: family, diedOn: on, mourners: [anchor.id] };
        out.deaths.push(death);
      } else if (situation === 'separated') {
        const on = daysAgo(r.int(30, 700));
        // A couple running a business together: the former partner's role ends with the relationship.
        const coOwner = business !== null && (index === 1 || r.chance(0.5));
        partner = person({ birthYear: partnerYear, family: married ? family : r.pick(FAMILY_NAMES), contact: coOwner, sex });
        write.relationship(anchor.id, married ? 'spouse' : 'partner', partner.id, `${together(Number(on.slice(0, 4)))}-05-01`, on);
        if (coOwner) role(partner, 'owner', business.ownerTitle, on);
        out.separations.push({ people: [anchor, partner], on, married });
      } else {
        partner = person({ birthYear: partnerYear, family: married ? family : r.pick(FAMILY_NAMES), contact: household || r.chance(0.3), sex });
        write.relationship(anchor.id, married ? 'spouse' : 'partner', partner.id, `${together(thisYear)}-0${r.int(1, 9)}-15`);
        anchor.partnerId = partner.id;
        partner.partnerId = anchor.id;
        if (household) role(partner, 'family', null);
        else if (r.chance(0.3)) role(partner, 'owner', 'Co-owner');
      }
    }

    const staff: SamplePerson[] = [];
    if (business) {
      if (room() > 1) {
        const manager = person({ birthYear: thisYear - r.int(28, 58), family: r.pick(FAMILY_NAMES), contact: true });
        role(manager, 'manager', business.managerTitle);
        staff.push(manager);
      }
      const reserve = Math.min(2, room());
      for (let n = r.int(1, 4); n > 0 && room() > reserve; n--) {
        const member = person({ birthYear: thisYear - r.int(19, 60), family: r.pick(FAMILY_NAMES), contact: true });
        role(member, 'staff', r.pick(business.staffTitles));
        staff.push(member);
      }
      const [first, second] = staff;
      if (first && second && r.chance(0.4)) write.relationship(first.id, 'colleague', second.id);
    }

    // Children and grandchildren, with the parents on both sides (a late or former partner too).
    for (let children = thisYear - anchorYear < 28 ? 0 : r.int(1, 3); children > 0 && room() > 0; children--) {
      const childYear = Math.min(thisYear, anchorYear + r.int(24, 38));
      const child = person({ birthYear: childYear, family: thisYear - childYear < 16 && r.chance(0.4) ? null : family, contact: false });
      write.relationship(anchor.id, 'parent', child.id);
      if (partner) write.relationship(partner.id, 'parent', child.id);
      death?.mourners.push(child.id);
      for (let grandchildren = thisYear - childYear < 26 ? 0 : r.int(0, 2); grandchildren > 0 && room() > 0; grandchildren--) {
        const grandchildYear = Math.min(thisYear, childYear + r.int(24, 36));
        // Grandchildren are often known by first name alone: "Lily".
        const grandchild = person({ birthYear: grandchildYear, family: r.chance(0.5) ? null : family, contact: false });
        write.relationship(child.id, 'parent', grandchild.id);
        write.relationship(anchor.id, 'grandparent', grandchild.id);
        if (partner) write.relationship(partner.id, 'grandparent', grandchild.id);
      }
      if (thisYear - childYear >= 25 && room() > 0 && r.chance(0.5)) {
        const inLaw = person({ birthYear: childYear + r.int(-3, 3), family: r.pick(FAMILY_NAMES), contact: false });
        write.relationship(child.id, r.chance(0.6) ? 'spouse' : 'partner', inLaw.id, `${thisYear - r.int(1, 15)}-0${r.int(1, 9)}-20`);
        child.partnerId = inLaw.id;
        inLaw.partnerId = child.id;
      }
    }
    if (room() > 0 && r.chance(0.3)) write.relationship(anchor.id, 'sibling', person({ birthYear: anchorYear + r.int(-8, 8), family, contact: false }).id);
    for (const member of staff) {
      if (room() <= 0) break;
      const other = person({ birthYear: member.birthYear + r.int(-4, 4), family: r.pick(FAMILY_NAMES), contact: false });
      write.relationship(member.id, r.chance(0.5) ? 'spouse' : 'partner', other.id);
      member.partnerId = other.id;
      other.partnerId = member.id;
    }
    // Whoever is left of the circle: friends, brothers and sisters of the people met there.
    while (room() > 0) {
      const of = r.pick(client.contacts.length > 0 ? client.contacts : [anchor]);
      const other = person({ birthYear: of.birthYear + r.int(-6, 6), family: r.pick(FAMILY_NAMES), contact: false });
      write.relationship(of.id, r.chance(0.6) ? 'friend' : 'sibling', other.id);
    }
    return used;
  }

  let people = 0;
  for (let index = 0; index < size.clients; index++) {
    const left = size.clients - index;
    const share = Math.round((size.people - people) / left);
    const budget = Math.max(2, left === 1 ? size.people - people : share + r.int(-1, 1));
    people += writeCircle(index, budget);
  }
  return out;
}
