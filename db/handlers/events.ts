import { AppFailure } from '../../src/contract/result.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

// Placeholder while this domain is being built: every channel answers "not available yet".
export function eventsHandlers(_ctx: HandlerContext): DomainHandlers<'events'> & DomainHandlers<'acknowledgements'> {
  const notYet = () => {
    throw new AppFailure('internal', 'This part of Ask After is not available yet.');
  };
  return new Proxy({}, { get: () => notYet }) as DomainHandlers<'events'> & DomainHandlers<'acknowledgements'>;
}
