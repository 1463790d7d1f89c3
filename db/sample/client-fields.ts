import type Database from 'better-sqlite3';
import { addDays } from '../../src/dates/calendar-date.ts';

const ISPS = ['Zen Internet', 'BT Business', 'Virgin Media Business', 'Plusnet', 'Vodafone Business'];
const ROUTERS = ['DrayTek Vigor 2865', 'BT Smart Hub 2', 'Netgear Orbi RBK752', 'Ubiquiti UniFi Dream Machine'];
const REGISTRARS = ['123-reg', 'Namecheap', 'Gandi'];

/**
 * The details a consultant keeps for a few of the sample's businesses: the ISP, the router, the
 * domain registrar, and when Microsoft 365 renews (one a month from the first, so a couple are
 * inside their 30-day reminder and come up on Home). Picked by id, after everything else, so the
 * rest of the sample and its random sequence stay as they were.
 */
export function writeClientFields(sqlite: Database.Database, now: Date): void {
  const today = now.toISOString().slice(0, 10);
  const field = sqlite.prepare('insert into client_fields (client_id, label, kind, value, remind_days_before, position, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)');
  const at = now.toISOString();
  const businesses = sqlite.prepare("select id from clients where kind = 'business' and archived_at is null and id % 3 = 1 order by id limit 8").all() as { id: number }[];
  businesses.forEach(({ id }, i) => {
    field.run(id, 'ISP', 'text', ISPS[i % ISPS.length], null, 0, at, at);
    field.run(id, 'Router', 'text', ROUTERS[i % ROUTERS.length], null, 1, at, at);
    if (i % 2 === 0) field.run(id, 'Domain registrar', 'text', REGISTRARS[i % REGISTRARS.length], null, 2, at, at);
    field.run(id, 'Microsoft 365 renewal', 'date', addDays(today, 12 + 30 * i), 30, 3, at, at);
  });
}
