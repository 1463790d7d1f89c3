import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

/**
 * Whatever a stored row holds (written by an older version, another tool, or before the contract
 * bounded dates), a briefing, the dashboard and every export still answer. The rows are written
 * straight into SQLite, past the contract.
 */
const instants = fc.oneof(
  fc.constantFrom('9999-12-31T23:59:59.000Z', '0001-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '2200-12-31T23:59:59.000Z', '2026-11-25T09:00:00.000Z', 'not a date', ''),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
);
const calendarDates = fc.oneof(
  fc.constantFrom('9999-12-31', '0001-01-01', '2024-02-29', '2026-11-25', '2026-02-30', '12-25', 'soon'),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const rows = fc.record({
  followUps: fc.array(instants, { maxLength: 4 }),
  visits: fc.array(instants, { maxLength: 3 }),
  events: fc.array(fc.record({ typeKey: fc.constantFrom('birth', 'death-parent', 'no-such-type'), date: calendarDates, precision: fc.constantFrom('day', 'month', 'year'), endDate: fc.option(calendarDates, { nil: null }) }), { maxLength: 4 }),
});
const zones = ['Pacific/Kiritimati', 'Asia/Tokyo', 'UTC', 'America/Los_Angeles'];

describe('the engine is total over stored rows', () => {
  let store: TempStore;
  beforeAll(async () => {
    store = await tempStore();
  });
  afterAll(() => store.dispose());

  it('briefing, dashboard and exports never fail, whatever the dates in the database', () => {
    const call = createDispatcher(store, fixedClock('2026-11-25T08:00:00.000Z'));
    fc.assert(
      fc.property(rows, fc.constantFrom(...zones), (generated, timeZone) => {
        const db = store.sqlite;
        db.exec('delete from follow_ups; delete from visits; delete from life_events; delete from people; delete from clients;');
        const clientId = Number(db.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run().lastInsertRowid);
        const personId = Number(db.prepare("insert into people (given_name) values ('Sue')").run().lastInsertRowid);
        db.prepare("insert into roles (person_id, client_id, role) values (?, ?, 'owner')").run(personId, clientId);
        const visitIds = [db.prepare("insert into visits (client_id, starts_at) values (?, '2026-11-26T09:00:00.000Z')").run(clientId).lastInsertRowid];
        for (const at of generated.visits) visitIds.push(db.prepare('insert into visits (client_id, starts_at) values (?, ?)').run(clientId, at).lastInsertRowid);
        for (const due of generated.followUps) db.prepare("insert into follow_ups (client_id, person_id, due_at, kind) values (?, ?, ?, 'call')").run(clientId, personId, due);
        for (const event of generated.events) {
          const eventId = db.prepare("insert into life_events (type_key, title, date, precision, end_date, client_id) values (?, 'Birthday', ?, ?, ?, ?)").run(event.typeKey, event.date, event.precision, event.endDate, clientId).lastInsertRowid;
          db.prepare('insert into life_event_people (event_id, person_id) values (?, ?)').run(eventId, personId);
        }
        const answers = {
          next: call('briefing:next', { timeZone }),
          forVisit: call('briefing:forVisit', { id: Number(visitIds[0]), timeZone }),
          dashboard: call('dashboard:get', { timeZone }),
          ics: call('export:ics', { timeZone }),
          json: call('export:json', {}),
          csv: call('export:csv', {}),
          vcard: call('export:vcard', {}),
        };
        for (const [name, answer] of Object.entries(answers)) expect(answer, `${name} in ${timeZone}: ${JSON.stringify(generated)}`).toMatchObject({ ok: true });
      }),
      { numRuns: 60 },
    );
  });
});
