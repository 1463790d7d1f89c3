import Database from 'better-sqlite3';
import type { Store } from '../../../db/connection.ts';

/**
 * Adds `n` clients, each with an owner and a visit, one transaction per client: a backup must
 * never hold a client without its owner or visit.
 */
export function addClients(store: Store, n: number, from = 1): void {
  const client = store.sqlite.prepare("insert into clients (name, kind, notes) values (?, 'business', ?)");
  const person = store.sqlite.prepare('insert into people (given_name, notes) values (?, ?)');
  const role = store.sqlite.prepare("insert into roles (person_id, client_id, role) values (?, ?, 'owner')");
  const visit = store.sqlite.prepare("insert into visits (client_id, starts_at, notes) values (?, '2026-11-25T09:00:00.000Z', ?)");
  const one = store.sqlite.transaction((i: number) => {
    const clientId = Number(client.run(`Client ${i}`, `Notes for client ${i} `.repeat(20)).lastInsertRowid);
    const personId = Number(person.run(`Owner ${i}`, `Likes ${i}`).lastInsertRowid);
    role.run(personId, clientId);
    visit.run(clientId, `Visit notes ${i} `.repeat(10));
  });
  for (let i = from; i < from + n; i++) one(i);
}

/** Every row of every table, as sorted JSON lines: equal dumps mean equal data. */
export function dump(sqlite: Database.Database): Record<string, string[]> {
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`select * from "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort()]));
}

/** Opens a file read-only for a look, then closes it. */
export function peek<T>(file: string, look: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return look(sqlite);
  } finally {
    sqlite.close();
  }
}

export const countIn = (file: string, table: string): number => peek(file, (db) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n);

/**
 * A damaged database: SQLite's header kept (it was a database), every page after it scribbled
 * over, as a failing disk or a bad copy leaves it. A file that is not a database at all is refused
 * untouched instead of being moved aside.
 */
export function scrambledDatabase(bytes: Buffer, scribble = 'Dear diary, today the database was replaced by this letter. '): Buffer {
  const out = Buffer.from(scribble.repeat(Math.ceil(Math.max(bytes.length, 12_288) / scribble.length)));
  bytes.copy(out, 0, 0, 100);
  return out;
}
