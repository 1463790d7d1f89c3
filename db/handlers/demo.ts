import { generateSampleData } from '../sample/generate.ts';
import { SAMPLE_SIZES } from '../sample/sizes.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

export function demoHandlers({ store, clock }: HandlerContext): DomainHandlers<'demo'> {
  return {
    'demo:load': ({ size }) => generateSampleData(store.sqlite, SAMPLE_SIZES[size], clock()),
  };
}
