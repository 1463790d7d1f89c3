import { FOLLOW_UP_KINDS, type FollowUpKind } from '../../src/contract/schemas/work.ts';
import { parseSpokenInstant, type SpokenInstant } from '../dates/spoken.ts';

/** "call tomorrow 6pm to check the new router" → a call, due tomorrow 18:00, with its context. */
export interface SpokenFollowUp {
  kind: FollowUpKind;
  due: SpokenInstant | null;
  context: string;
}

const KIND_WORDS: Record<FollowUpKind, RegExp> = {
  call: /^(call|ring|phone)\b/i,
  email: /^(e-?mail|send|write)\b/i,
  visit: /^(visit|pop in|go back|drop by)\b/i,
  check: /^(check|look|see)\b/i,
};

export function parseSpokenFollowUp(text: string, reference: Date, timeZone: string): SpokenFollowUp {
  const trimmed = text.trim();
  const kind = FOLLOW_UP_KINDS.find((k) => KIND_WORDS[k].test(trimmed)) ?? 'call';
  const due = parseSpokenInstant(trimmed, reference, timeZone);
  // The kind is shown on its own, so the context keeps only what the follow-up is about.
  const rest = (due ? due.rest : trimmed).replace(KIND_WORDS[kind], '').replace(/^\s*(to|about|re)\b/i, '').trim();
  return { kind, due, context: rest.charAt(0).toUpperCase() + rest.slice(1) };
}
