import { CallFailure } from '../../src/contract/result.ts';

/** The sentence to show a person for any failure. */
export function messageOf(error: unknown): string {
  if (error instanceof CallFailure) return error.message;
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return 'Something went wrong. Please try again.';
}

export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof CallFailure) || !error.details) return {};
  return Object.fromEntries(error.details.map((d) => [d.path, d.message]));
}
