import { AppFailure } from '../../src/contract/result.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

// Placeholder while this domain is being built: every channel answers "not available yet".
export function trashHandlers(_ctx: HandlerContext): DomainHandlers<'trash'> {
  const notYet = () => {
    throw new AppFailure('internal', 'This part of Ask After is not available yet.');
  };
  return new Proxy({}, { get: () => notYet }) as DomainHandlers<'trash'>;
}
