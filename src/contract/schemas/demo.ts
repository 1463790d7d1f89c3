import { z } from 'zod';

export const DemoLoad = z.object({ size: z.literal('sample', { error: 'Only the "sample" data set can be loaded from the app.' }).default('sample') }).strict();

export interface DemoCounts {
  clients: number;
  people: number;
  events: number;
  visits: number;
}
