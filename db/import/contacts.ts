/**
 * Contacts (vCard or CSV) → people, with their organisation as a client and role, relatives
 * who can be found as relationships, and a wedding day as a life event. A re-import adds
 * nothing twice: see people-matcher.ts for who is the same person.
 */
import type Database from 'better-sqlite3';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { ClientCreate } from '../../src/contract/schemas/clients.ts';
import { EmailInput, PhoneInput, type DetailInput, type DetailKind } from '../../src/contract/schemas/contact-details.ts';
import { detailKey, withoutRepeats } from '../../src/people/contact-details.ts';
import { PersonCreate, PersonUpdate, RoleCreate } from '../../src/contract/schemas/people.ts';
import type { ImportRecord, MatchedBy } from '../../src/contract/schemas/transfer.ts';
import { problemsOf } from '../../src/contract/validation.ts';
import { calendarDate } from '../../src/dates/calendar-date.ts';
import type { ContactPoint, ImportIssue, ParsedContact } from '../../src/import/types.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { displayName, type PersonRow } from '../repositories/rows.ts';
import { clients } from '../schema/clients.ts';
import { contactDetails } from '../schema/contact-details.ts';
import { lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, roles } from '../schema/people.ts';
import { addParagraphs, noteParagraphs } from './contact-notes.ts';
import { resolveRelatives, type Relatives } from './contact-relatives.ts';
import { writeContacts, type ClientTarget, type PersonStep, type WeddingStep } from './contact-writes.ts';
import { nameKey } from './matching.ts';
import { isOwnUid, PeopleMatcher, type PersonTarget, type SavedDetails } from './people-matcher.ts';
import { transferProgress } from '../transfer/progress.ts';
import { emptyPlanParts, type Plan } from './plan.ts';

/** The contract's earliest birth year; the readers already drop placeholder years below 1800. */
const FIRST_BIRTH_YEAR = 1850;

const FIELD_WORDS: Record<string, string> = { nickname: 'nickname', birthday: 'birthday', notes: 'notes', externalUid: "the card's UID" };

const problems = (error: z.ZodError) => problemsOf(error).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));

/** Clients by name, and the ones a file's organisations add. */
function clientFinder(db: Db) {
  const byName = new Map<string, ClientTarget>(
    db.select().from(clients).where(isNull(clients.deletedAt)).all().map((c) => [nameKey(c.name), { id: c.id, name: c.name, kind: c.kind }]),
  );
  const added: Extract<ClientTarget, { id: null }>[] = [];
  return {
    added,
    /** The client, or what is wrong with the name for a new one. */
    find(name: string, line: number): ClientTarget | string[] {
      const known = byName.get(nameKey(name));
      if (known) return known;
      const parsed = ClientCreate.safeParse({ name, kind: 'business' });
      if (!parsed.success) return problems(parsed.error).map((p) => `organisation ${p}`);
      const record: ImportRecord = { line, entity: 'client', action: 'new', label: parsed.data.name, match: null, notes: ["a new business client, from the contact's organisation"] };
      const target = { id: null, name: parsed.data.name, kind: 'business' as const, create: parsed.data, record };
      byName.set(nameKey(name), target);
      added.push(target);
      return target;
    },
  };
}

/** What a label may be (the contract's limit); a longer exporter's label is cut. */
const LABEL_LENGTH = 40;

/**
 * A card's numbers or addresses as list entries, with the card's TYPE as the label, leaving out
 * the ones the person already has (however written) and repeats on the card. What the contract
 * refuses (a "number" with no digits) stays for the notes, so nothing on the card is lost.
 */
function newDetails(kind: DetailKind, points: readonly ContactPoint[], saved: readonly string[]) {
  const schema = kind === 'phone' ? PhoneInput : EmailInput;
  const had = new Set(saved.map((v) => detailKey(kind, v)));
  const usable: DetailInput[] = [];
  const unusable: ContactPoint[] = [];
  for (const point of points) {
    const parsed = schema.safeParse({ value: point.value, label: point.type?.slice(0, LABEL_LENGTH) ?? null });
    if (parsed.success) usable.push(parsed.data);
    else unusable.push(point);
  }
  return { fresh: withoutRepeats(kind, usable).filter((d) => !had.has(detailKey(kind, d.value))), unusable };
}

/** "phone", "3 phone numbers": how many a card adds, for the preview. */
const detailWords = (n: number, one: string, many: string): string[] => (n === 0 ? [] : [n === 1 ? one : `${n} ${many}`]);

/** Every saved person's numbers and addresses, by person id. */
function savedDetails(db: Db): Map<number, SavedDetails> {
  const byPerson = new Map<number, SavedDetails>();
  for (const d of db.select({ personId: contactDetails.personId, kind: contactDetails.kind, value: contactDetails.value }).from(contactDetails).where(isNotNull(contactDetails.personId)).all()) {
    const theirs = byPerson.get(d.personId!) ?? { phones: [], emails: [] };
    (d.kind === 'phone' ? theirs.phones : theirs.emails).push(d.value);
    byPerson.set(d.personId!, theirs);
  }
  return byPerson;
}

interface StepContext {
  db: Db;
  details: ReadonlyMap<number, SavedDetails>;
  clientFor: ReturnType<typeof clientFinder>['find'];
  relatives: Relatives;
  /** `p12@1975-06-14`: weddings saved or planned, so a couple's two cards make one event. */
  weddingKeys: Set<string>;
  weddings: WeddingStep[];
}

/** What to write for one contact who is not a duplicate or in the trash, into `step` and its record. */
function fillStep(ctx: StepContext, step: PersonStep, row: PersonRow | null): void {
  const { contact, record, target } = step;
  const written: string[] = [];
  const errors: string[] = [];

  let birthday = contact.birthday ? { month: contact.birthday.month, day: contact.birthday.day, year: contact.birthday.year ?? null } : null;
  if (birthday?.year != null && birthday.year < FIRST_BIRTH_YEAR) {
    record.notes.push(`birth year ${birthday.year} left out (before ${FIRST_BIRTH_YEAR})`);
    birthday = { ...birthday, year: null };
  }
  const saved = row ? ctx.details.get(row.id) : undefined;
  const phones = newDetails('phone', contact.phones, [...(row?.phone ? [row.phone] : []), ...(saved?.phones ?? [])]);
  const emails = newDetails('email', contact.emails, [...(row?.email ? [row.email] : []), ...(saved?.emails ?? [])]);
  step.details = { phones: phones.fresh, emails: emails.fresh };

  const client = contact.organisation ? ctx.clientFor(contact.organisation, contact.line) : undefined;
  if (Array.isArray(client)) errors.push(...client);

  const { anniversary } = contact;
  if (anniversary?.year !== undefined) {
    const date = calendarDate(anniversary.year, anniversary.month, anniversary.day);
    const spouse = ctx.relatives.spouses.get(target);
    const couple = spouse ? [target, spouse] : [target];
    const key = (t: PersonTarget) => `${t.key}@${date}`;
    if (!couple.some((t) => ctx.weddingKeys.has(key(t)))) {
      for (const t of couple) ctx.weddingKeys.add(key(t));
      const label = `Wedding of ${couple.map((t) => t.label).join(' and ')}`;
      ctx.weddings.push({ couple, date, record: { line: contact.line, entity: 'event', action: 'new', label, match: null, notes: [`on ${date}, from the contact's anniversary`] } });
    }
  }
  const { deathDate } = contact;
  if (deathDate?.year !== undefined && !row?.diedOn) {
    step.diedOn = calendarDate(deathDate.year, deathDate.month, deathDate.day);
    record.notes.push(`died on ${step.diedOn}, from the contact's date of death`);
  }
  const unresolved = ctx.relatives.unresolved.get(target) ?? [];
  const paragraphs = noteParagraphs(contact, {
    phones: phones.unusable,
    emails: emails.unusable,
    unresolved,
    title: client && !Array.isArray(client) ? null : (contact.title ?? null),
    anniversary: anniversary && anniversary.year === undefined ? anniversary : null,
  });

  const fills = {
    nickname: row?.nickname ? undefined : contact.nickname,
    birthday: row?.birthdayMonth != null ? undefined : (birthday ?? undefined),
    notes: row ? (addParagraphs(row.notes, paragraphs) ?? undefined) : paragraphs.join('\n\n') || undefined,
    externalUid: row?.externalUid || (row && isOwnUid(contact.uid, row.id)) ? undefined : contact.uid,
  };
  const given = Object.fromEntries(Object.entries(fills).filter(([, v]) => v !== undefined));
  if (!row) {
    const parsed = PersonCreate.safeParse({ givenName: contact.givenName, familyName: contact.familyName, ...given });
    if (parsed.success) step.create = parsed.data;
    else errors.push(...problems(parsed.error));
  } else if (Object.keys(given).length > 0) {
    const parsed = PersonUpdate.safeParse({ id: row.id, ...given });
    if (parsed.success) step.patch = parsed.data;
    else errors.push(...problems(parsed.error));
  }
  const fieldWords = Object.keys(given).filter((k) => k !== 'externalUid' || row !== null).map((k) => FIELD_WORDS[k] ?? k);
  // Numbers and addresses are said where the card has them: after the birthday, before the notes.
  const after = Object.keys(given).filter((k) => k === 'nickname' || k === 'birthday').length;
  fieldWords.splice(after, 0, ...detailWords(phones.fresh.length, 'phone', 'phone numbers'), ...detailWords(emails.fresh.length, 'e-mail', 'e-mail addresses'));
  written.push(...fieldWords);

  if (client && !Array.isArray(client)) {
    const title = contact.title ?? null;
    const current = client.id === null || target.id === null ? [] : ctx.db.select().from(roles).where(and(eq(roles.personId, target.id), eq(roles.clientId, client.id), isNull(roles.until))).all();
    const withoutTitle = current.find((r) => r.title === null);
    if (current.length === 0) {
      const checked = RoleCreate.shape.title.safeParse(title);
      if (checked.success) step.role = { client, title: checked.data, roleId: null };
      else errors.push(...problems(checked.error));
      written.push(`${title ?? 'a role'} at ${client.name}${client.id === null ? ' (new client)' : ''}`);
    } else if (title && withoutTitle) {
      step.role = { client, title, roleId: withoutTitle.id };
      written.push(`job title ${title}`);
    }
  }

  const keptInNotes = unresolved.length > 0 && fills.notes !== undefined ? [`relatives kept in the notes (not found by name): ${unresolved.map((r) => r.name).join(', ')}`] : [];
  if (row && (nameKey(row.givenName) !== nameKey(contact.givenName) || nameKey(contact.fullName) !== nameKey(displayName(row)))) record.notes.push(`matches ${displayName(row)}`);
  if (errors.length > 0) Object.assign(record, { action: 'error', notes: errors });
  else if (!row) record.notes.unshift(...(written.length > 0 ? [`with ${written.join(', ')}`] : []), ...keptInNotes);
  else if (written.length > 0) Object.assign(record, { action: 'update', notes: [`adds ${written.join(', ')}`, ...keptInNotes, ...record.notes] });
  else Object.assign(record, { action: 'duplicate', notes: ['already saved, nothing new', ...record.notes] });
}

/**
 * The saved namesake the user chose to merge this contact into, if it is one of its namesakes
 * (a choice about anyone else, or about a contact that matched by itself, changes nothing).
 */
function chosenNamesake(matcher: PeopleMatcher, contact: ParsedContact, merges: Readonly<Record<string, number>>): { target: PersonTarget; by: MatchedBy } | undefined {
  const wanted = merges[String(contact.line)];
  if (wanted === undefined) return undefined;
  const target = matcher.namesakes.get(contact.line)?.find((t) => t.id === wanted && t.row !== null);
  return target ? { target, by: 'chosen' } : undefined;
}

/** The people, clients, relationships and weddings a file of contacts would add or fill in. */
export function planContacts(
  db: Db,
  sqlite: Database.Database,
  clock: Clock,
  contacts: readonly ParsedContact[],
  issues: ImportIssue[],
  merges: Readonly<Record<string, number>> = {},
): Omit<Plan, 'format' | 'csv'> {
  const organisations = new Map<number, string[]>();
  for (const r of db.select({ personId: roles.personId, name: clients.name }).from(roles).innerJoin(clients, eq(clients.id, roles.clientId)).all()) {
    organisations.set(r.personId, [...(organisations.get(r.personId) ?? []), r.name]);
  }
  const details = savedDetails(db);
  const matcher = new PeopleMatcher(db.select().from(people).all(), organisations, details);
  const matched = contacts.map((contact) => {
    const found = matcher.match(contact) ?? chosenNamesake(matcher, contact, merges);
    if (found && found.target.claimedBy !== null) return { contact, duplicateOf: found.target.claimedBy, target: found.target, by: found.by };
    return { contact, duplicateOf: null, target: matcher.claim(contact, found?.target), by: found?.by ?? null };
  });
  const live = matched.filter((m) => m.duplicateOf === null && !m.target.row?.deletedAt);
  const relatives = resolveRelatives(db, matcher, live);
  const weddingRows = db
    .select({ personId: lifeEventPeople.personId, date: lifeEvents.date })
    .from(lifeEvents)
    .innerJoin(lifeEventPeople, eq(lifeEventPeople.eventId, lifeEvents.id))
    .where(and(eq(lifeEvents.typeKey, 'wedding'), isNull(lifeEvents.deletedAt)))
    .all();
  const finder = clientFinder(db);
  const ctx: StepContext = { db, details, clientFor: finder.find, relatives, weddingKeys: new Set(weddingRows.map((w) => `p${w.personId}@${w.date}`)), weddings: [] };

  const steps = matched.map(({ contact, duplicateOf, target, by }, i): PersonStep => {
    if (i % 250 === 0) transferProgress(i, matched.length, 'checking');
    const match = target.id !== null && by !== null ? { id: target.id, by } : null;
    const step: PersonStep = { contact, target, create: null, patch: null, role: null, details: null, record: { line: contact.line, entity: 'person', action: 'new', label: contact.fullName, match, notes: [] } };
    if (duplicateOf !== null) Object.assign(step.record, { action: 'duplicate', notes: [`the same person as line ${duplicateOf}`] });
    else if (target.row?.deletedAt) Object.assign(step.record, { action: 'skip', notes: [`matches ${target.label}, who is in the trash: restore them first to update them`] });
    else fillStep(ctx, step, target.row);
    const namesakes = matcher.namesakes.get(contact.line);
    const saved = (namesakes ?? []).filter((t) => t.row !== null && t.id !== null);
    // The user decides about saved namesakes: offered until the import, whichever way they chose.
    if (saved.length > 0 && duplicateOf === null) step.record.maybe = saved.map((t) => ({ id: t.id!, name: t.label, client: organisations.get(t.id!)?.[0] ?? null }));
    if (by === 'chosen') step.record.notes.unshift(`merged into ${target.label}, as you chose`);
    else if (namesakes && step.record.action === 'new') {
      const who = namesakes.map((t) => (t.row ? t.label : `${t.label} (line ${t.claimedBy})`)).join(', ');
      step.record.notes.push(`the same name as ${who}, but nothing else agrees (no shared e-mail, phone, birthday or organisation): added as someone new unless you say it is them`);
    }
    return step;
  });

  // What only contacts with errors need is not written either.
  const failed = new Set(steps.filter((s) => s.record.action === 'error').map((s) => s.target));
  for (const s of [...relatives.steps, ...ctx.weddings]) {
    const about = 'couple' in s ? s.couple : [s.from, s.to];
    if (about.some((t) => failed.has(t))) Object.assign(s.record, { action: 'skip', notes: ['left out: a contact it needs has errors'] });
  }
  const needed = new Set(steps.filter((s) => s.record.action !== 'error').map((s) => s.role?.client));
  for (const c of finder.added) if (!needed.has(c)) Object.assign(c.record, { action: 'skip', notes: ['left out: only contacts with errors belong to it'] });

  const records = [...steps.map((s) => s.record), ...finder.added.map((c) => c.record), ...relatives.steps.map((s) => s.record), ...ctx.weddings.map((s) => s.record)];
  return {
    ...emptyPlanParts,
    records: records.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    issues,
    write: (tally) => writeContacts(db, sqlite, clock, tally, steps, relatives.steps, ctx.weddings),
  };
}
