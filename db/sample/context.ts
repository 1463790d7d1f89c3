import type { Sex } from './names.ts';
import type { Random } from './random.ts';
import type { SampleWriter } from './writer.ts';

/** What every part of the generator shares: one random sequence, one writer, one `now`. */
export interface SampleContext {
  random: Random;
  write: SampleWriter;
  /** `now` in UTC epoch milliseconds; every date is placed relative to it. */
  now: number;
  thisYear: number;
}

/** A client and the people the consultant meets there. */
export interface SampleClient {
  id: number;
  kind: 'business' | 'household';
  rhythmDays: number | null;
  archived: boolean;
  /** Living people with a current role there: who the consultant sees on a visit. */
  contacts: SamplePerson[];
}

export interface SamplePerson {
  id: number;
  givenName: string;
  sex: Sex;
  birthYear: number;
  alive: boolean;
  /** The client whose circle they belong to (as a contact or a relative of one). */
  client: SampleClient;
  /** Has a current role at a business, so business news is theirs to tell. */
  atBusiness: boolean;
  partnerId: number | null;
  followUpConsent: 'yes' | 'no' | 'not_asked';
}

/** Someone who died, and who mourns them: the death event is about all of them. */
export interface SampleDeath {
  person: SamplePerson;
  familyName: string | null;
  diedOn: string;
  mourners: number[];
}

export interface SampleSeparation {
  people: [SamplePerson, SamplePerson];
  on: string;
  married: boolean;
}
