import type { DatedItem } from '../../../src/briefing/dashboard.ts';
import type { AboutType } from '../../../src/briefing/items.ts';
import { paths } from '../../app/paths.ts';

const firstOf = (item: DatedItem, type: AboutType): number | undefined => item.about.find((a) => a.type === type)?.id;

/** Where a dashboard line leads: the visit to log, the client to call or visit, else the person. */
export function linkFor(item: DatedItem): string | null {
  const visit = firstOf(item, 'visit');
  if (item.kind === 'unlogged-visit' && visit !== undefined) return paths.visitLog(visit);
  const client = firstOf(item, 'client');
  if ((item.kind === 'follow-up' || item.kind === 'needs-contact' || item.kind === 'past-rhythm' || item.kind === 'renewal') && client !== undefined) return paths.client(client);
  const person = firstOf(item, 'person');
  if (person !== undefined) return paths.person(person);
  return client === undefined ? null : paths.client(client);
}
