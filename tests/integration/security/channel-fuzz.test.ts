import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../db/handlers/index.ts';
import { CHANNELS } from '../../../src/contract/channels.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

/**
 * Malformed payloads on every channel, as the security review sent them by the hundred thousand:
 * plausible field names with hostile values (dates far outside 1900–2200, control characters,
 * lone surrogates, huge numbers). Whatever arrives, the answer is a Result (never a throw, never
 * "Something went wrong"), and a refused call leaves the database byte for byte as it was.
 */
const FIELDS = ['id', 'clientId', 'personId', 'visitId', 'eventId', 'name', 'givenName', 'familyName', 'kind', 'role', 'startsAt', 'endsAt', 'dueAt', 'date', 'endDate', 'day', 'at', 'notes', 'purpose', 'confirm', 'query', 'limit', 'offset', 'timeZone', 'now', 'text', 'precision', 'typeKey', 'personIds', 'format', 'content'];
const hostileText = fc.constantFrom('Smith\u0000Dental', '\u001b[31mred', 'Sue \ud83d Patel', '', ' ', 'x'.repeat(30_000), '=HYPERLINK("http://x")', 'Zoë', '2026-11-25');
const hostileDate = fc.oneof(
  fc.constantFrom('9999-12-31T23:59:59Z', '9999-12-31T23:59:59.000Z', '0001-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '2201-01-01T00:00:00Z', '2026-02-30', '9999-12-31', '+275760-09-13T00:00:00.000Z', 'tomorrow'),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
);
const hostileValue = fc.oneof(hostileText, hostileDate, fc.integer(), fc.constantFrom(0, -1, 1, 2 ** 53, Number.MAX_VALUE, 1.5), fc.boolean(), fc.constant(null), fc.array(fc.integer({ min: -2, max: 3 }), { maxLength: 3 }));
const payload = fc.oneof(fc.dictionary(fc.constantFrom(...FIELDS), hostileValue, { maxKeys: 6 }), fc.anything({ maxDepth: 2 }));

describe('every channel, fuzzed with hostile payloads', () => {
  let store: TempStore;
  let call: Dispatcher;
  beforeAll(async () => {
    store = await tempStore();
    call = createDispatcher(store, fixedClock('2026-11-25T09:00:00.000Z'));
    const client = call('clients:create', { name: 'Smith Dental', kind: 'business' }) as { ok: true; value: { id: number } };
    call('people:create', { givenName: 'Sue', familyName: 'Patel', clientId: client.value.id, role: 'owner' });
    call('visits:create', { clientId: client.value.id, startsAt: '2026-11-26T10:00:00.000Z', purpose: 'Printer' });
  });
  afterAll(() => store.dispose());

  it('answers every payload with a Result in words, and a refused one writes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS.filter((c) => c !== 'demo:load')), payload, (channel, input) => {
        const before = store.sqlite.serialize();
        const result = call(channel, input);
        if (result.ok) return;
        expect(result.error.code, `${channel} ${JSON.stringify(input)?.slice(0, 200)}: ${result.error.message}`).not.toBe('internal');
        expect(result.error.message).not.toMatch(/\n\s+at |TypeError|RangeError|SqliteError/);
        expect(Buffer.compare(store.sqlite.serialize(), before), `${channel} refused but wrote`).toBe(0);
      }),
      { numRuns: 1500, seed: 13 },
    );
    // Whatever was accepted, the engine still answers east and west of UTC.
    for (const timeZone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      expect(call('briefing:next', { timeZone }).ok, `briefing:next in ${timeZone}`).toBe(true);
      expect(call('dashboard:get', { timeZone }).ok, `dashboard:get in ${timeZone}`).toBe(true);
      expect(call('export:ics', { timeZone }).ok, `export:ics in ${timeZone}`).toBe(true);
    }
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // 1,500 calls, each with two copies of the database to prove a refusal wrote nothing: about
    // 10 s on a quiet machine, 30 s on a busy one. Every channel added adds to it.
  }, 180_000);

  it('refuses every instant outside 1900–2200 at the contract', () => {
    const client = (call('clients:list', undefined) as { ok: true; value: { id: number }[] }).value[0]!;
    for (const dueAt of ['9999-12-31T23:59:59Z', '1899-12-31T23:59:59Z', '2201-01-01T00:00:00Z']) {
      expect(call('visits:create', { clientId: client.id, startsAt: dueAt, purpose: 'Late' }), dueAt).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});
