import type Database from 'better-sqlite3';
import type { Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { notFound } from '../../src/contract/result.ts';
import { settingsRepository } from './settings.ts';
import type { DuplicatePair, DuplicateSide, DuplicateSuggestions } from '../../src/contract/schemas/merge.ts';
import { clientNameKey, emailKey, normalName, phoneKey, sharesAWord, similarGivenNames, similarWords } from '../../src/duplicates/likeness.ts';

interface PersonLine {
  id: number;
  givenName: string;
  familyName: string | null;
  nickname: string | null;
  phone: string | null;
  email: string | null;
  client: string | null;
}

interface ClientLine {
  id: number;
  name: string;
  phone: string | null;
  email: string | null;
}

const PEOPLE = `select p.id, p.given_name as givenName, p.family_name as familyName, p.nickname, p.phone, p.email,
  (select c.name from roles r join clients c on c.id = r.client_id where r.person_id = p.id and c.deleted_at is null order by r.until is not null, r.id limit 1) as client
  from people p where p.deleted_at is null`;
const ROLES = `select distinct r.client_id as clientId, c.name as client, r.person_id as personId from roles r
  join clients c on c.id = r.client_id join people p on p.id = r.person_id where c.deleted_at is null and p.deleted_at is null`;
const CLIENTS = 'select id, name, phone, email from clients where deleted_at is null';

const personName = (p: PersonLine) => (p.familyName ? `${p.givenName} ${p.familyName}` : p.givenName);

/** Same family (or one of them has none) and given names alike: "Sue Baker" and "Susan Baker", "Lily" and "Lily Baker". */
const alike = (a: PersonLine, b: PersonLine): boolean => {
  const families = a.familyName === null || b.familyName === null || similarWords(normalName(a.familyName), normalName(b.familyName));
  const given = [a.givenName, a.nickname].some((x) => x !== null && [b.givenName, b.nickname].some((y) => y !== null && similarGivenNames(normalName(x), normalName(y))));
  return families && given;
};

/** Collects reasons per pair, smaller id first. */
function pairBook<T extends { id: number }>() {
  const pairs = new Map<string, { a: T; b: T; reasons: string[] }>();
  return {
    add(x: T, y: T, reason: string) {
      const [a, b] = x.id < y.id ? [x, y] : [y, x];
      const key = `${a.id}:${b.id}`;
      const entry = pairs.get(key) ?? { a, b, reasons: [] };
      if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
      pairs.set(key, entry);
    },
    all: () => [...pairs.values()],
  };
}

/** Groups records by a key (records with none are left out), for the pairs within each group. */
function groups<T>(rows: readonly T[], key: (row: T) => string | null): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) byKey.set(k, [...(byKey.get(k) ?? []), row]);
  }
  return [...byKey.values()].filter((g) => g.length > 1);
}

const eachPair = <T>(group: readonly T[], visit: (a: T, b: T) => void) => {
  for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) visit(group[i] as T, group[j] as T);
};

/**
 * Records that may be the same person or client twice. People: the same e-mail; the same phone
 * with alike names (a household's shared landline alone is not enough); alike names at the same
 * client. Clients: the same e-mail, or the same name, or the same phone with a word of the name
 * in common. Most reasons first.
 */
export function suggestDuplicates(sqlite: Database.Database, limit: number, notSame: ReadonlySet<string> = new Set()): DuplicateSuggestions {
  const people = sqlite.prepare(PEOPLE).all() as PersonLine[];
  const byId = new Map(people.map((p) => [p.id, p]));
  const found = pairBook<PersonLine>();
  for (const group of groups(people, (p) => emailKey(p.email))) eachPair(group, (a, b) => found.add(a, b, `same e-mail ${a.email}`));
  for (const group of groups(people, (p) => phoneKey(p.phone))) eachPair(group, (a, b) => alike(a, b) && found.add(a, b, `same phone ${a.phone}`));
  const roles = sqlite.prepare(ROLES).all() as { clientId: number; client: string; personId: number }[];
  for (const group of groups(roles, (r) => String(r.clientId))) {
    eachPair(group, (x, y) => {
      const [a, b] = [byId.get(x.personId), byId.get(y.personId)];
      if (a && b && alike(a, b)) found.add(a, b, `similar names at ${x.client}`);
    });
  }
  const personSide = (p: PersonLine): DuplicateSide => ({ id: p.id, name: personName(p), detail: p.client ?? p.phone ?? p.email });

  const clients = sqlite.prepare(CLIENTS).all() as ClientLine[];
  const foundClients = pairBook<ClientLine>();
  for (const group of groups(clients, (c) => emailKey(c.email))) eachPair(group, (a, b) => foundClients.add(a, b, `same e-mail ${a.email}`));
  for (const group of groups(clients, (c) => clientNameKey(c.name))) eachPair(group, (a, b) => foundClients.add(a, b, 'same name'));
  for (const group of groups(clients, (c) => phoneKey(c.phone))) eachPair(group, (a, b) => sharesAWord(a.name, b.name) && foundClients.add(a, b, `same phone ${a.phone}`));
  const clientSide = (c: ClientLine): DuplicateSide => ({ id: c.id, name: c.name, detail: c.phone ?? c.email });

  const ranked = <T extends { id: number }>(list: { a: T; b: T; reasons: string[] }[], kind: DuplicatePair['kind'], side: (row: T) => DuplicateSide): DuplicatePair[] =>
    list
      .filter(({ a, b }) => !notSame.has(pairKey(kind, a.id, b.id)))
      .map(({ a, b, reasons }) => ({ kind, a: side(a), b: side(b), reasons }))
      .sort((x, y) => y.reasons.length - x.reasons.length || x.a.name.localeCompare(y.a.name) || x.a.id - y.a.id)
      .slice(0, limit);
  return { people: ranked(found.all(), 'person', personSide), clients: ranked(foundClients.all(), 'client', clientSide), setAside: notSame.size };
}

/** A pair the same whichever way round it is named: "person:6:16". */
export const pairKey = (kind: DuplicatePair['kind'], x: number, y: number) => `${kind}:${Math.min(x, y)}:${Math.max(x, y)}`;

const NOT_SAME = 'duplicates.notSame';

/**
 * The pairs set aside as different people or clients, kept as a setting (so the JSON export and
 * a backup carry them). A pair of which one record was merged or deleted for good simply never
 * comes up again.
 */
export function notSamePairs(db: Db, sqlite: Database.Database, clock: Clock) {
  const settings = settingsRepository(db, clock);
  const read = () => new Set(settings.get<string[]>(NOT_SAME) ?? []);
  const exists = {
    person: sqlite.prepare<[number]>('select 1 from people where id = ? and deleted_at is null'),
    client: sqlite.prepare<[number]>('select 1 from clients where id = ? and deleted_at is null'),
  };
  return {
    read,
    /** Sets a pair aside (or offers it again); both records must be there, outside the trash. */
    set(kind: DuplicatePair['kind'], a: number, b: number, notSame: boolean): number {
      for (const id of [a, b]) if (!exists[kind].get(id)) throw notFound(kind === 'person' ? 'Person' : 'Client', id);
      const pairs = read();
      if (notSame) pairs.add(pairKey(kind, a, b));
      else pairs.delete(pairKey(kind, a, b));
      settings.set(NOT_SAME, [...pairs].sort());
      return pairs.size;
    },
  };
}
