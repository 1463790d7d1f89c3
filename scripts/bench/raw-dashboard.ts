import type Database from 'better-sqlite3';

/**
 * The floor for Home: the least SQL that yields the rows Home shows — the week's visits with
 * their client, and for each list its first five rows and its count — with nothing worded.
 */
export function rawDashboard(sqlite: Database.Database) {
  const s = {
    visits: sqlite.prepare(
      `select v.id, v.starts_at, c.name, (select json_group_array(person_id) from visit_attendees a where a.visit_id = v.id) as people
       from visits v join clients c on c.id = v.client_id where v.starts_at >= ? and v.starts_at < ? and v.deleted_at is null order by v.starts_at`,
    ),
    followUps: sqlite.prepare(
      `select f.id, f.due_at, f.kind, f.context, p.given_name, c.name from follow_ups f join clients c on c.id = f.client_id left join people p on p.id = f.person_id
       where f.done_at is null and f.deleted_at is null and f.due_at < ? order by f.due_at, f.id limit 5`,
    ),
    followUpCount: sqlite.prepare('select count(*) from follow_ups where done_at is null and deleted_at is null and due_at < ?'),
    birthdays: sqlite.prepare(
      `select p.id, p.given_name, p.family_name, p.birthday_month, p.birthday_day from people p
       where (p.birthday_month, p.birthday_day) in (select value ->> 0, value ->> 1 from json_each(?)) and p.died_on is null and p.deleted_at is null`,
    ),
    celebrations: sqlite.prepare(
      `select e.id, e.date, e.precision from life_events e
       where e.type_key in ('wedding', 'anniversary', 'business-anniversary') and substr(e.date, 6) in (select value from json_each(?)) and e.deleted_at is null
         and not exists (select 1 from life_event_people lp join people p on p.id = lp.person_id where lp.event_id = e.id and p.died_on is not null)`,
    ),
    deaths: sqlite.prepare('select id, died_on from people where died_on is not null and substr(died_on, 6) in (select value from json_each(?)) and deleted_at is null'),
    rhythm: sqlite.prepare(
      `select id, name, last_visit_at from clients where julianday(last_visit_at) + rhythm_days < julianday(?)
         and rhythm_days is not null and last_visit_at is not null and archived_at is null and deleted_at is null`,
    ),
    cameDue: sqlite.prepare('select id, due_at from follow_ups where done_at is null and deleted_at is null and due_at > ? and due_at <= ?'),
  };
  return (w: { from: string; to: string; now: string; lastOpened: string; monthDays: string; dayKeys: string; today: string }) => {
    s.visits.all(w.from, w.to);
    s.followUps.all(w.to);
    s.followUpCount.pluck().get(w.to);
    s.birthdays.all(w.monthDays);
    s.celebrations.all(w.dayKeys);
    s.deaths.all(w.dayKeys);
    s.rhythm.all(w.today);
    s.cameDue.all(w.lastOpened, w.now);
  };
}
