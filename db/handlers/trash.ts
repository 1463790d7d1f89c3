import { trashRepository } from '../repositories/trash.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

export function trashHandlers({ store, clock }: HandlerContext): DomainHandlers<'trash'> {
  const trash = trashRepository(store.sqlite, clock);
  return {
    'trash:list': () => trash.list(),
    'trash:restore': trash.restore,
    'trash:empty': () => trash.empty(),
  };
}
