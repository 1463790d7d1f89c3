import { z } from 'zod';

/**
 * The life-event catalogue: every kind of news a consultant hears about, with the tone that
 * decides where the briefing puts it. Keys are stable (they are stored in the database);
 * labels and wording may change.
 */

/** How news of this kind should be handled in conversation. */
export const TONES = ['celebration', 'neutral', 'sensitive', 'grief'] as const;
export type Tone = (typeof TONES)[number];
export const toneSchema = z.enum(TONES);

export const LIFE_EVENT_CATEGORIES = ['family', 'relationships', 'health', 'work', 'education', 'home', 'leisure', 'business', 'loss', 'other'] as const;
export type LifeEventCategory = (typeof LIFE_EVENT_CATEGORIES)[number];

interface LifeEventTypeFields<K extends string> {
  readonly key: K;
  /** For lists and pickers: "Surgery or hospital stay". */
  readonly label: string;
  readonly category: LifeEventCategory;
  readonly tone: Tone;
  /** Remembered every year on its date (birthdays live on the person, not here). */
  readonly recursYearly: boolean;
  /** Noun phrase that completes "Ask Sue about …": "the new job". */
  readonly subject: string;
  /** Word that leads a reason before a when-phrase: "born 3 weeks ago", "surgery 2 Nov, ongoing". */
  readonly reasonWord: string;
}

function type<K extends string>(key: K, label: string, category: LifeEventCategory, tone: Tone, subject: string, reasonWord: string, recursYearly = false): LifeEventTypeFields<K> {
  return { key, label, category, tone, recursYearly, subject, reasonWord };
}

const TYPES = [
  // family
  type('expecting-baby', 'Expecting a baby', 'family', 'celebration', 'the baby on the way', 'due'),
  type('birth', 'Birth of a baby', 'family', 'celebration', 'the new baby', 'born'),
  type('adoption', 'Adoption', 'family', 'celebration', 'the adoption', 'adoption'),
  type('child-starts-school', 'Child starting school', 'family', 'neutral', 'starting school', 'starting school'),
  type('child-leaves-home', 'Child leaving home', 'family', 'neutral', 'the child leaving home', 'leaving home'),
  type('family-gathering', 'Family gathering', 'family', 'celebration', 'the family get-together', 'get-together'),
  type('caring-for-someone', 'Caring for someone', 'family', 'sensitive', 'caring for someone', 'caring'),
  // relationships
  type('new-relationship', 'New relationship', 'relationships', 'celebration', 'the new relationship', 'new relationship'),
  type('engagement', 'Engagement', 'relationships', 'celebration', 'the engagement', 'engaged'),
  type('wedding', 'Wedding', 'relationships', 'celebration', 'the wedding', 'wedding', true),
  type('anniversary', 'Anniversary', 'relationships', 'celebration', 'the anniversary', 'anniversary', true),
  type('separation', 'Separation', 'relationships', 'sensitive', 'the separation', 'separated'),
  type('divorce', 'Divorce', 'relationships', 'sensitive', 'the divorce', 'divorce'),
  // health
  type('diagnosis', 'Diagnosis', 'health', 'sensitive', 'the diagnosis', 'diagnosis'),
  type('illness', 'Illness', 'health', 'sensitive', 'the illness', 'ill'),
  type('surgery', 'Surgery or hospital stay', 'health', 'sensitive', 'the operation', 'surgery'),
  type('hospital-stay', 'In hospital', 'health', 'sensitive', 'the hospital stay', 'in hospital'),
  type('treatment', 'Ongoing treatment', 'health', 'sensitive', 'the treatment', 'treatment'),
  type('recovery', 'Recovery', 'health', 'sensitive', 'the recovery', 'recovering'),
  type('injury', 'Injury or accident', 'health', 'sensitive', 'the injury', 'injury'),
  type('mental-health', 'A difficult time', 'health', 'sensitive', 'how things are', 'difficult time'),
  // work
  type('new-job', 'New job', 'work', 'celebration', 'the new job', 'new job'),
  type('promotion', 'Promotion', 'work', 'celebration', 'the promotion', 'promoted'),
  type('retirement', 'Retirement', 'work', 'celebration', 'the retirement', 'retirement'),
  type('redundancy', 'Redundancy or job loss', 'work', 'sensitive', 'the job situation', 'redundancy'),
  type('award', 'Award or achievement', 'work', 'celebration', 'the award', 'award'),
  // education
  type('exams', 'Exams', 'education', 'neutral', 'the exams', 'exams'),
  type('graduation', 'Graduation', 'education', 'celebration', 'the graduation', 'graduation'),
  type('started-course', 'Started a course', 'education', 'neutral', 'the course', 'course'),
  // home
  type('new-home', 'New home', 'home', 'celebration', 'the new home', 'new home'),
  type('move', 'Moving house', 'home', 'neutral', 'the move', 'move'),
  type('renovation', 'Renovation or building work', 'home', 'neutral', 'the building work', 'building work'),
  type('new-pet', 'New pet', 'home', 'celebration', 'the new pet', 'new pet'),
  // leisure
  type('trip', 'Trip or holiday', 'leisure', 'celebration', 'the trip', 'trip'),
  type('hobby-milestone', 'Hobby or sporting milestone', 'leisure', 'celebration', 'the achievement', 'milestone'),
  type('big-event', 'Big day out or event', 'leisure', 'celebration', 'the big day', 'big day'),
  // business
  type('new-business', 'Started a business', 'business', 'celebration', 'the new business', 'new business'),
  type('new-office', 'New office or premises', 'business', 'celebration', 'the new premises', 'new premises'),
  type('new-hire', 'New member of staff', 'business', 'neutral', 'the new starter', 'new starter'),
  type('staff-leaving', 'Member of staff leaving', 'business', 'neutral', 'the change of staff', 'leaving'),
  type('owner-retiring', 'Owner retiring', 'business', 'neutral', 'the handover', 'owner retiring'),
  type('business-anniversary', 'Business anniversary', 'business', 'celebration', 'the anniversary of the business', 'business anniversary', true),
  type('business-milestone', 'Business milestone', 'business', 'celebration', 'the milestone', 'milestone'),
  type('business-sale', 'Business sold or merged', 'business', 'neutral', 'the sale of the business', 'business sale'),
  type('cash-flow-trouble', 'Cash-flow trouble', 'business', 'sensitive', 'how business is going', 'cash-flow trouble'),
  type('business-trouble', 'Business trouble', 'business', 'sensitive', 'how business is going', 'business trouble'),
  type('business-closing', 'Business closing', 'business', 'sensitive', 'the closure', 'closing'),
  // loss
  type('death', 'Death of a person', 'loss', 'grief', 'the loss', 'died', true),
  type('pet-death', 'Death of a pet', 'loss', 'grief', 'the loss of the pet', 'pet died'),
  type('pregnancy-loss', 'Pregnancy loss', 'loss', 'grief', 'the loss', 'loss'),
  // other
  type('other-good-news', 'Other good news', 'other', 'celebration', 'the good news', 'news'),
  type('other', 'Other', 'other', 'neutral', 'the news', 'news'),
] as const;

export type LifeEventTypeKey = (typeof TYPES)[number]['key'];
export type LifeEventType = LifeEventTypeFields<LifeEventTypeKey>;

export const LIFE_EVENT_TYPE_KEYS = TYPES.map((t) => t.key) as [LifeEventTypeKey, ...LifeEventTypeKey[]];

/** For the IPC contract: only catalogue keys are accepted. */
export const lifeEventTypeKeySchema = z.enum(LIFE_EVENT_TYPE_KEYS, { error: 'Unknown life-event type.' });

export const LIFE_EVENT_TYPES: readonly LifeEventType[] = TYPES;

const byKey: ReadonlyMap<string, LifeEventType> = new Map(TYPES.map((t) => [t.key, t]));

export function isLifeEventTypeKey(value: unknown): value is LifeEventTypeKey {
  return typeof value === 'string' && byKey.has(value);
}

export function lifeEventType(key: LifeEventTypeKey): LifeEventType {
  const found = byKey.get(key);
  if (found === undefined) throw new RangeError(`Unknown life-event type: ${key}`);
  return found;
}
