/**
 * Contacts (vCard or CSV) → people, with their organisation as a client and role, relatives
 * who can be found as relationships, and a wedding day as a life event. Matching, so a
 * re-import adds nothing twice: the card's UID, then e-mail, then phone, then exact name.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { ClientCreate } from '../../src/contract/schemas/clients.ts';
import type { LifeEventCreate } from '../../src/contract/schemas/events.ts';
import { PersonCreate, PersonUpdate, RoleCreate, type RelationshipRole } from '../../src/contract/schemas/people.ts';
import type { ImportRecord } from '../../src/contract/schemas/transfer.ts';
import { problemsOf } from '../../src/contract/validation.ts';
import { calendarDate } from '../../src/dates/calendar-date.ts';
import type { ContactPoint, ImportIssue, ParsedContact, RelatedKind, RelatedPerson } from '../../src/import/types.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clientsRepository } from '../repositories/clients.ts';
import { lifeEventsRepository } from '../repositories/life-events.ts';
import { peopleRepository } from '../repositories/people.ts';
import { relationshipFor, relationshipsRepository } from '../repositories/relationships.ts';
import { rolesRepository } from '../repositories/roles.ts';
import { displayName } from '../repositories/rows.ts';
import { clients } from '../schema/clients.ts';
import { lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { addParagraphs, noteParagraphs } from './contact-notes.ts';
import { emailKey, nameKey, phoneKey } from './matching.ts';
import { isOwnUid, PeopleMatcher, type PersonTarget } from './people-matcher.ts';
import { emptyPlanParts, type Plan, type Tally } from './plan.ts';

type Parsed<T extends z.ZodType> = z.output<T>;

interface ClientTarget {
  id: number | null;
  name: string;
  kind: 'business' | 'household';
  create: Parsed<typeof ClientCreate> | null;
  /** The preview's line for a client this import creates. */
  record: ImportRecord | null;
}

interface PersonStep {
  contact: ParsedContact;
  record: ImportRecord;
  target: PersonTarget;
  create: Parsed<typeof PersonCreate> | null;
  patch: Parsed<typeof PersonUpdate> | null;
  role: { client: ClientTarget; title: string | null; roleId: number | null } | null;
}

interface RelativeStep {
  record: ImportRecord;
  from: PersonTarget;
  to: PersonTarget;
  relativeIs: RelationshipRole;
}

interface WeddingStep {
  record: ImportRecord;
  couple: PersonTarget[];
  date: string;
}

/** The contract's earliest birth year; the readers already drop placeholder years below 1800. */
const FIRST_BIRTH_YEAR = 1850;

const RELATIVE_IS: Record<RelatedKind, RelationshipRole> = {
  spouse: 'spouse',
  partner: 'partner',
  parent: 'parent',
  child: 'child',
  sibling: 'sibling',
  grandparent: 'grandparent',
  grandchild: 'grandchild',
  relative: 'other',
  friend: 'friend',
  colleague: 'colleague',
  other: 'other',
};

const pairKey = (a: PersonTarget, b: PersonTarget) => [a.key, b.key].sort().join('+');
const problems = (error: z.ZodError) => problemsOf(error).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));

/** The people, clients and relatives a file of contacts would add or fill in. */
export function planContacts(db: Db, clock: Clock, contacts: readonly ParsedContact[], issues: ImportIssue[]): Omit<Plan, 'format' | 'csv'> {
  const matcher = new PeopleMatcher(db.select().from(people).all());

  const savedClients = db.select().from(clients).where(isNull(clients.deletedAt)).all();
  const clientsByName = new Map<string, ClientTarget>(savedClients.map((c) => [nameKey(c.name), { id: c.id, name: c.name, kind: c.kind, create: null, record: null }]));
  const newClients: ClientTarget[] = [];
  const clientFor = (name: string, line: number): ClientTarget | string[] => {
    const known = clientsByName.get(nameKey(name));
    if (known) return known;
    const parsed = ClientCreate.safeParse({ name, kind: 'business' });
    if (!parsed.success) return problems(parsed.error).map((p) => `organisation ${p}`);
    const record: ImportRecord = { line, entity: 'client', action: 'new', label: parsed.data.name, match: null, notes: ["a new business client, from the contact's organisation"] };
    const target: ClientTarget = { id: null, name: parsed.data.name, kind: 'business', create: parsed.data, record };
    clientsByName.set(nameKey(name), target);
    newClients.push(target);
    return target;
  };

  // Pass 1: who each contact is.
  const matched = contacts.map((contact) => {
    const found = matcher.match(contact);
    if (found && found.target.claimedBy !== null) return { contact, duplicateOf: found.target.claimedBy, target: found.target, by: found.by };
    return { contact, duplicateOf: null, target: matcher.claim(contact, found?.target), by: found?.by ?? null };
  });

  // Pass 2: relatives, by name, among this file's contacts and the people already saved.
  const existingPairs = new Set(db.select({ a: relationships.personAId, b: relationships.personBId }).from(relationships).all().map((r) => [`p${r.a}`, `p${r.b}`].sort().join('+')));
  const relativeSteps: RelativeStep[] = [];
  const unresolvedOf = new Map<PersonTarget, RelatedPerson[]>();
  const spouseOf = new Map<PersonTarget, PersonTarget>();
  for (const { contact, duplicateOf, target } of matched) {
    if (duplicateOf !== null || target.row?.deletedAt) continue;
    for (const related of contact.related) {
      // "Lily" on Sue Baker's card is most likely Lily Baker.
      const sameFamily = !related.name.includes(' ') && contact.familyName ? matcher.named(`${related.name} ${contact.familyName}`) : [];
      const named = (sameFamily.length > 0 ? sameFamily : matcher.named(related.name)).filter((t) => t !== target);
      // Of namesakes, the one they are already related to.
      const alreadyRelated = named.filter((t) => existingPairs.has(pairKey(target, t)));
      // Two children both called Jack, both already linked: nothing to add, nothing lost.
      if (named.length > 1 && alreadyRelated.length === named.length) continue;
      const other = named.length === 1 ? named[0] : alreadyRelated.length === 1 ? alreadyRelated[0] : undefined;
      if (!other) {
        unresolvedOf.set(target, [...(unresolvedOf.get(target) ?? []), related]);
        continue;
      }
      const relativeIs = RELATIVE_IS[related.kind];
      if (relativeIs === 'spouse' || relativeIs === 'partner') spouseOf.set(target, other);
      const pair = pairKey(target, other);
      if (existingPairs.has(pair)) continue;
      existingPairs.add(pair);
      relativeSteps.push({
        from: target,
        to: other,
        relativeIs,
        record: { line: contact.line, entity: 'relationship', action: 'new', label: `${other.label}, ${relativeIs} of ${target.label}`, match: null, notes: [] },
      });
    }
  }

  // Pass 3: what to write for each contact.
  const rolesOf = (personId: number) => db.select().from(roles).where(and(eq(roles.personId, personId), isNull(roles.until))).all();
  const weddings = db
    .select({ personId: lifeEventPeople.personId, date: lifeEvents.date })
    .from(lifeEvents)
    .innerJoin(lifeEventPeople, eq(lifeEventPeople.eventId, lifeEvents.id))
    .where(and(eq(lifeEvents.typeKey, 'wedding'), isNull(lifeEvents.deletedAt)))
    .all();
  const weddingKeys = new Set(weddings.map((w) => `p${w.personId}@${w.date}`));
  const weddingSteps: WeddingStep[] = [];

  const steps = matched.map(({ contact, duplicateOf, target, by }): PersonStep => {
    const record: ImportRecord = { line: contact.line, entity: 'person', action: 'new', label: contact.fullName, match: target.id === null ? null : { id: target.id, by: by ?? 'uid' }, notes: [] };
    const step: PersonStep = { contact, record, target, create: null, patch: null, role: null };
    if (duplicateOf !== null) {
      Object.assign(record, { action: 'duplicate', notes: [`the same person as line ${duplicateOf}`] });
      return step;
    }
    if (target.row?.deletedAt) {
      Object.assign(record, { action: 'skip', notes: [`matches ${target.label}, who is in the trash: restore them first to update them`] });
      return step;
    }
    const row = target.row;
    const written: string[] = [];
    const errors: string[] = [];

    let birthday = contact.birthday ? { month: contact.birthday.month, day: contact.birthday.day, year: contact.birthday.year ?? null } : null;
    if (birthday?.year != null && birthday.year < FIRST_BIRTH_YEAR) {
      record.notes.push(`birth year ${birthday.year} left out (before ${FIRST_BIRTH_YEAR})`);
      birthday = { ...birthday, year: null };
    }
    const [phone, ...otherPhones] = row?.phone ? contact.phones.filter((p) => phoneKey(p.value) !== phoneKey(row.phone ?? '')) : contact.phones;
    const [email, ...otherEmails] = row?.email ? contact.emails.filter((e) => emailKey(e.value) !== emailKey(row.email ?? '')) : contact.emails;
    const keep = (first: ContactPoint | undefined, rest: ContactPoint[], has: boolean) => (has && first ? [first, ...rest] : rest);

    let client: ClientTarget | undefined;
    if (contact.organisation) {
      const found = clientFor(contact.organisation, contact.line);
      if (Array.isArray(found)) errors.push(...found);
      else client = found;
    }
    const spouse = spouseOf.get(target);
    let anniversary: { month: number; day: number } | null = null;
    if (contact.anniversary?.year !== undefined) {
      const date = calendarDate(contact.anniversary.year, contact.anniversary.month, contact.anniversary.day);
      const couple = spouse ? [target, spouse] : [target];
      const key = (t: PersonTarget) => `${t.key}@${date}`;
      if (!couple.some((t) => weddingKeys.has(key(t)))) {
        for (const t of couple) weddingKeys.add(key(t));
        weddingSteps.push({
          couple,
          date,
          record: { line: contact.line, entity: 'event', action: 'new', label: `Wedding of ${couple.map((t) => t.label).join(' and ')}`, match: null, notes: [`on ${date}, from the contact's anniversary`] },
        });
      }
    } else if (contact.anniversary) {
      anniversary = contact.anniversary;
    }
    const paragraphs = noteParagraphs(contact, {
      phones: keep(phone, otherPhones, Boolean(row?.phone)),
      emails: keep(email, otherEmails, Boolean(row?.email)),
      unresolved: unresolvedOf.get(target) ?? [],
      title: client ? null : (contact.title ?? null),
      anniversary,
    });
    const unresolved = unresolvedOf.get(target) ?? [];
    const unresolvedNote = unresolved.length > 0 ? [`relatives kept in the notes (not found by name): ${unresolved.map((r) => r.name).join(', ')}`] : [];

    if (row === null) {
      const fields = {
        givenName: contact.givenName,
        familyName: contact.familyName ?? null,
        nickname: contact.nickname ?? null,
        birthday,
        phone: phone?.value ?? null,
        email: email?.value ?? null,
        notes: paragraphs.join('\n\n') || null,
        externalUid: contact.uid ?? null,
      };
      const parsed = PersonCreate.safeParse(fields);
      if (parsed.success) step.create = parsed.data;
      else errors.push(...problems(parsed.error));
      written.push(...Object.entries({ birthday: fields.birthday, phone: fields.phone, 'e-mail': fields.email, nickname: fields.nickname, notes: fields.notes }).filter(([, v]) => v !== null).map(([k]) => k));
    } else {
      const fills = {
        nickname: row.nickname === null ? contact.nickname : undefined,
        birthday: row.birthdayMonth === null && birthday ? birthday : undefined,
        phone: row.phone === null ? phone?.value : undefined,
        email: row.email === null ? email?.value : undefined,
        notes: addParagraphs(row.notes, paragraphs) ?? undefined,
        externalUid: row.externalUid === null && !isOwnUid(contact.uid, row.id) ? contact.uid : undefined,
      };
      const given = Object.entries(fills).filter(([, v]) => v !== undefined && v !== null);
      if (given.length > 0) {
        const parsed = PersonUpdate.safeParse({ id: row.id, ...Object.fromEntries(given) });
        if (parsed.success) step.patch = parsed.data;
        else errors.push(...problems(parsed.error));
        const words: Record<string, string> = { nickname: 'nickname', birthday: 'birthday', phone: 'phone', email: 'e-mail', notes: 'notes', externalUid: "the card's UID" };
        written.push(...given.map(([k]) => words[k] ?? k));
      }
      if (nameKey(row.givenName) !== nameKey(contact.givenName) || nameKey(contact.fullName) !== nameKey(displayName(row))) record.notes.push(`matches ${displayName(row)}`);
    }

    if (client) {
      const title = contact.title ?? null;
      const current = client.id === null || target.id === null ? [] : rolesOf(target.id).filter((r) => r.clientId === client.id);
      const withoutTitle = current.find((r) => r.title === null);
      if (current.length === 0) {
        const parsed = RoleCreate.shape.title.safeParse(title);
        if (parsed.success) step.role = { client, title: parsed.data, roleId: null };
        else errors.push(...problems(parsed.error));
        written.push(`${title ?? 'a role'} at ${client.name}${client.id === null ? ' (new client)' : ''}`);
      } else if (title && withoutTitle) {
        step.role = { client, title, roleId: withoutTitle.id };
        written.push(`job title ${title}`);
      }
    }

    if (errors.length > 0) Object.assign(record, { action: 'error', notes: errors });
    else if (row === null) record.notes.unshift(...(written.length > 0 ? [`with ${written.join(', ')}`] : []), ...unresolvedNote);
    else if (written.length > 0) Object.assign(record, { action: 'update', notes: [`adds ${written.join(', ')}`, ...(step.patch?.notes ? unresolvedNote : []), ...record.notes] });
    else Object.assign(record, { action: 'duplicate', notes: ['already saved, nothing new', ...record.notes] });
    return step;
  });

  // What only contacts with errors need is not written either.
  const failed = new Set(steps.filter((s) => s.record.action === 'error').map((s) => s.target));
  for (const s of [...relativeSteps, ...weddingSteps]) {
    const about = 'couple' in s ? s.couple : [s.from, s.to];
    if (about.some((t) => failed.has(t))) Object.assign(s.record, { action: 'skip', notes: ['left out: a contact it needs has errors'] });
  }
  const clientsNeeded = new Set(steps.filter((s) => s.record.action !== 'error').map((s) => s.role?.client));
  const newClientRecords = newClients.flatMap((c) => (c.record ? [c.record] : []));
  for (const c of newClients) if (c.record && !clientsNeeded.has(c)) Object.assign(c.record, { action: 'skip', notes: ['left out: only contacts with errors belong to it'] });

  return {
    ...emptyPlanParts,
    records: [...steps.map((s) => s.record), ...newClientRecords, ...relativeSteps.map((s) => s.record), ...weddingSteps.map((s) => s.record)].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0),
    ),
    issues,
    write: (tally) => writeContacts(db, clock, tally, steps, relativeSteps, weddingSteps),
  };
}

function writeContacts(db: Db, clock: Clock, tally: Tally, steps: PersonStep[], relatives: RelativeStep[], weddings: WeddingStep[]): void {
  const repos = {
    clients: clientsRepository(db, clock),
    people: peopleRepository(db, clock),
    roles: rolesRepository(db, clock),
    relationships: relationshipsRepository(db, clock),
    events: lifeEventsRepository(db, clock),
  };
  const clientId = (client: ClientTarget): number => {
    if (client.id === null && client.create) {
      client.id = repos.clients.create(client.create).id;
      tally.create('client');
    }
    return client.id ?? 0;
  };
  for (const step of steps) {
    if (step.record.action === 'error' || step.record.action === 'skip') continue;
    if (step.create) {
      step.target.id = repos.people.create(step.create).id;
      tally.create('person');
    }
    if (step.patch) {
      repos.people.update(step.patch);
      tally.update('person');
    }
    const { role, target } = step;
    if (role && target.id !== null) {
      if (role.roleId !== null) {
        repos.roles.update({ id: role.roleId, title: role.title });
        tally.update('role');
      } else {
        repos.roles.create({ personId: target.id, clientId: clientId(role.client), role: role.client.kind === 'household' ? 'family' : 'staff', title: role.title, since: null, until: null });
        tally.create('role');
      }
    }
  }
  for (const { record, from, to, relativeIs } of relatives) {
    if (record.action !== 'new' || from.id === null || to.id === null) continue;
    repos.relationships.create({ ...relationshipFor(from.id, to.id, relativeIs), since: null, until: null, notes: null });
    tally.create('relationship');
  }
  for (const { record, couple, date } of weddings) {
    const ids = couple.map((t) => t.id).filter((id): id is number => id !== null);
    if (record.action !== 'new' || ids.length !== couple.length) continue;
    const event: Parsed<typeof LifeEventCreate> = {
      typeKey: 'wedding',
      title: record.label.slice(0, 200),
      date,
      precision: 'day',
      endDate: null,
      ongoing: false,
      toneOverride: null,
      clientId: null,
      notes: null,
      personIds: ids,
    };
    repos.events.create(event);
    tally.create('event');
  }
}
