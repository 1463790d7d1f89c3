import { AppFailure } from '../../src/contract/result.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

// Placeholder while this domain is being built: every channel answers "not available yet".
export function searchHandlers(_ctx: HandlerContext): DomainHandlers<'search'> {
  const notYet = () => {
    throw new AppFailure('internal', 'This part of Ask After is not available yet.');
  };
  return new Proxy({}, { get: () => notYet }) as DomainHandlers<'search'>;
}
