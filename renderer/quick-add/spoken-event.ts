import type { LifeEventTypeKey } from '../../src/catalogue/life-events.ts';
import { parseSpokenDate, type SpokenDate } from '../dates/spoken.ts';

/**
 * Reads a quick note of news ("grandchild born last Tuesday", "hip operation in May, ongoing")
 * into a draft life event. Every part is a suggestion the person confirms before saving.
 */
export interface SpokenEvent {
  title: string;
  typeKey: LifeEventTypeKey;
  when: SpokenDate | null;
  ongoing: boolean;
}

/** First match wins, so the more specific phrases come first. */
const TYPE_HINTS: readonly [RegExp, LifeEventTypeKey][] = [
  [/\b(dog|cat|pet|puppy|kitten|horse)\b.*\b(died|passed|put down|lost)\b/i, 'pet-death'],
  [/\b(died|passed away|passed on|death|funeral|lost (his|her|their) )/i, 'death'],
  [/\b(miscarriage|lost the baby)\b/i, 'pregnancy-loss'],
  [/\b(expecting|pregnant|due in|baby due)\b/i, 'expecting-baby'],
  [/\b(born|birth|had a baby|new baby)\b/i, 'birth'],
  [/\badopt/i, 'adoption'],
  [/\bengaged\b|\bengagement\b/i, 'engagement'],
  [/\b(wedding|married|marrying)\b/i, 'wedding'],
  [/\bdivorc/i, 'divorce'],
  [/\b(separated|separation|split up|broke up)\b/i, 'separation'],
  [/\bdiagnos/i, 'diagnosis'],
  [/\b(surgery|operation|op)\b/i, 'surgery'],
  [/\bhospital\b/i, 'hospital-stay'],
  [/\b(chemo|treatment|therapy|radiotherapy)\b/i, 'treatment'],
  [/\b(recovering|recovery)\b/i, 'recovery'],
  [/\b(injur|broke (his|her|their) |fell|fall|accident)/i, 'injury'],
  [/\b(ill|illness|unwell|sick|cancer|stroke)\b/i, 'illness'],
  [/\bpromot/i, 'promotion'],
  [/\bredundan|\blaid off\b|\blost (his|her|their) job\b/i, 'redundancy'],
  [/\bretir/i, 'retirement'],
  [/\bnew job\b|\bstarted (work|a job)\b/i, 'new-job'],
  [/\bgraduat/i, 'graduation'],
  [/\bexams?\b/i, 'exams'],
  [/\b(starts?|started|starting) school\b/i, 'child-starts-school'],
  [/\b(new (house|home|flat)|bought a (house|flat))\b/i, 'new-home'],
  [/\b(mov(ed|ing) (house|home|to)|moving)\b/i, 'move'],
  [/\b(renovat|extension|new kitchen|building work|loft conversion)/i, 'renovation'],
  [/\b(new (dog|cat|pet|puppy|kitten)|got a (dog|cat|puppy|kitten))\b/i, 'new-pet'],
  [/\b(holiday|trip|cruise|travel|travelling|visiting)\b/i, 'trip'],
  [/\bnew (office|premises|shop)\b/i, 'new-office'],
  [/\bnew (hire|starter|member of staff)\b|\bhired\b/i, 'new-hire'],
  [/\bcash.?flow\b/i, 'cash-flow-trouble'],
  [/\banniversary\b/i, 'anniversary'],
];

export function guessEventType(text: string): LifeEventTypeKey {
  return TYPE_HINTS.find(([pattern]) => pattern.test(text))?.[1] ?? 'other';
}

const ONGOING = /[,;]?\s*\b(ongoing|still going on|still in)\b/i;

export function parseSpokenEvent(text: string, reference: Date): SpokenEvent {
  const ongoing = ONGOING.test(text);
  const withoutOngoing = text.replace(ONGOING, ' ');
  const when = parseSpokenDate(withoutOngoing, reference);
  const rest = (when ? when.rest : withoutOngoing).replace(/\s+/g, ' ').trim();
  const title = rest === '' ? text.trim() : rest.charAt(0).toUpperCase() + rest.slice(1);
  return { title, typeKey: guessEventType(text), when, ongoing };
}
