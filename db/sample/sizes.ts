/** How much sample data to make. Each named size has its own fixed seed, so it always comes out the same. */
export interface SampleSize {
  name: string;
  seed: number;
  clients: number;
  /** People in all, client contacts and their relatives. */
  people: number;
  /** Life events, deaths included. */
  events: number;
  /** Completed and cancelled visits; clients due a visit may also get one planned in the next two weeks (at most 4 a day). */
  visits: number;
}

export const SAMPLE_SIZES = {
  /** About a year of a consultant's work: what the app offers as "Try with sample data". */
  sample: { name: 'sample', seed: 20_261_125, clients: 40, people: 200, events: 480, visits: 520 },
  /** Years of history for a busy consultant, to prove the app stays fast. */
  large: { name: 'large', seed: 1_125_2026, clients: 2_000, people: 20_000, events: 200_000, visits: 100_000 },
} as const satisfies Record<string, SampleSize>;

export type SampleSizeName = keyof typeof SAMPLE_SIZES;
