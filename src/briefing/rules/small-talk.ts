import { missingCase } from '../exhaustive.ts';
import { priority, ref } from '../items.ts';
import type { Item } from '../items.ts';
import { callName, sentence } from '../names.ts';
import type { Person, TechComfort } from '../snapshot.ts';

/** Small talk from interests and preferences, and how the person likes things explained. */

/** Phrases that say their own verb ("likes everything written down", "prefers mornings", "no calls on Thursdays"). */
const SAYS_ITS_OWN_VERB = /^(likes?|loves?|prefers?|dislikes?|hates?|enjoys?|wants?|needs?|doesn'?t|does not|don'?t|do not|never|always|no|not|only|please|can'?t|cannot|is|are|has|takes?|drinks?|eats?)\b/i;

/** As the user wrote it: "Sue likes lemon drizzle cake." or, when it has its own verb, "Sue: likes everything written down afterwards." */
function preferenceText(name: string, preference: string): string {
  return SAYS_ITS_OWN_VERB.test(preference) ? `${name}: ${sentence(preference)}` : `${name} likes ${sentence(preference)}`;
}

export function smallTalkItems(person: Person): Item[] {
  const name = callName(person);
  const about = [ref('person', person.id)];
  // Earlier entries were noted first and matter most, so they rank higher.
  const interests = person.interests.map(
    (interest, i): Item => ({ kind: 'interest', text: `Chat about ${sentence(interest)}`, reason: `one of ${name}'s interests`, about, priority: priority(40 - i), detail: null }),
  );
  const preferences = person.preferences.map(
    (preference, i): Item => ({ kind: 'preference', text: preferenceText(name, preference), reason: `noted preference`, about, priority: priority(35 - i), detail: null }),
  );
  return [...interests, ...preferences];
}

function comfortAdvice(comfort: TechComfort): string {
  switch (comfort) {
    case 'low':
      return 'Go step by step, skip the jargon, and check each step has landed.';
    case 'medium':
      return 'Explain the main steps; offer the detail if they want it.';
    case 'high':
      return 'Happy with technical detail: give the full picture.';
    default:
      return missingCase(comfort, 'tech comfort');
  }
}

export function explainItems(person: Person): Item[] {
  const about = [ref('person', person.id)];
  const items: Item[] = [];
  if (person.explainHow !== null) {
    items.push({ kind: 'explain', text: `${callName(person)} likes things explained like this: ${sentence(person.explainHow)}`, reason: 'how they like things explained', about, priority: priority(50), detail: null });
  }
  if (person.techComfort !== null) {
    items.push({ kind: 'explain', text: comfortAdvice(person.techComfort), reason: `comfort with technology: ${person.techComfort}`, about, priority: priority(45), detail: null });
  }
  return items;
}
