import { searchRepository } from '../repositories/search.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

export function searchHandlers({ store, clock }: HandlerContext): DomainHandlers<'search'> {
  const search = searchRepository(store.sqlite, clock);
  return {
    'search:query': search.query,
  };
}
