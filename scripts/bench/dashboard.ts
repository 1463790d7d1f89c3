import type { Dashboard } from '../../src/briefing/dashboard.ts';
import { addDays } from '../../src/dates/calendar-date.ts';
import { todayIn } from '../../src/dates/time-zone.ts';
import type { Store } from '../../db/connection.ts';
import { CATCH_UP_SINCE } from '../../db/handlers/briefing.ts';
import type { createDispatcher } from '../../db/handlers/index.ts';
import { dashboardWindow } from '../../db/briefing/window.ts';
import { NOW, TZ } from './databases.ts';
import { pair, print } from './harness.ts';
import { rawDashboard } from './raw-dashboard.ts';

type Call = ReturnType<typeof createDispatcher>;

const lastOpened = (store: Store, at: Date) =>
  store.sqlite.prepare('insert into settings (key, value) values (?, ?) on conflict (key) do update set value = excluded.value').run(CATCH_UP_SINCE, JSON.stringify(at.toISOString()));

const home = (call: Call) => () => {
  const r = call('dashboard:get', { timeZone: TZ });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Home for the week on `large`: against the raw-SQL floor, after a week away, and against the same call on `sample`. */
export function benchDashboard(store: Store, call: Call, sampleStore: Store, sampleCall: Call): void {
  const w = dashboardWindow(NOW, TZ);
  const today = todayIn(NOW, TZ);
  const days: [number, number][] = [];
  for (let d = addDays(today, -1); d <= addDays(today, 15); d = addDays(d, 1)) days.push([Number(d.slice(5, 7)), Number(d.slice(8, 10))]);
  const dayKeys = JSON.stringify([...days.map(([m, d]) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`), '11-01', '12-01']);
  const floor = rawDashboard(store.sqlite);
  const weekAgo = new Date(NOW.getTime() - 7 * 86_400_000).toISOString();
  const floorInput = { from: w.visitsFrom, to: w.visitsTo, now: w.now, lastOpened: weekAgo, monthDays: JSON.stringify(days), dayKeys, today: w.visitsFrom };

  lastOpened(store, NOW);
  lastOpened(sampleStore, NOW);
  const large = home(call);
  print({ name: 'dashboard JSON size (large, week)', bytes: JSON.stringify(large()).length });
  pair('dashboard for a week (large) vs raw SQL floor', large, () => floor(floorInput), { floorName: 'raw' });
  pair('dashboard for a week: large vs sample (target ratio ≤ 2)', large, home(sampleCall), { floorName: 'sample' });

  lastOpened(store, new Date(weekAgo));
  const away = home(call);
  const value = away() as Dashboard;
  print({ name: 'dashboard after a week away (large)', bytes: JSON.stringify(value).length, totals: value.totals });
  pair('dashboard after a week away, catch-up full (large) vs raw SQL floor', away, () => floor(floorInput), { floorName: 'raw' });
  lastOpened(store, NOW);
}
