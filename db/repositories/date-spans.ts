import { AppFailure } from '../../src/contract/result.ts';

/** Refuses a role or relationship whose end comes before its start. */
export function refuseEndBeforeStart(since: string | null, until: string | null, what: string): void {
  if (since !== null && until !== null && until < since) {
    throw new AppFailure('conflict', `The end date (${until}) of ${what} is before its start date (${since}). Check the dates and try again.`);
  }
}
