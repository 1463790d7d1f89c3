import { createApiClient, type ApiClient } from '../../renderer/api/client.ts';
import { createAppCaller } from '../../db/handlers/caller.ts';
import type { Store } from '../../db/connection.ts';
import type { Clock } from '../../db/clock.ts';

/** The renderer's api client wired straight to the real handler table over a real database. */
export function inProcessApi(store: Store, clock?: Clock): ApiClient {
  const call = createAppCaller(store, clock);
  // Round-trip through JSON like every real transport does.
  return createApiClient(async (channel, input) => JSON.parse(JSON.stringify(await call(channel, input === undefined ? undefined : JSON.parse(JSON.stringify(input))))));
}
