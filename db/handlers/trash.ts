import { lifeEventsRepository } from '../repositories/life-events.ts';
import { trashRepository } from '../repositories/trash.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

export function trashHandlers({ store, clock }: HandlerContext): DomainHandlers<'trash'> {
  const trash = trashRepository(store.sqlite, clock);
  const events = lifeEventsRepository(store.db, clock);
  return {
    'trash:list': () => trash.list(),
    'trash:restore': (input) => {
      const restored = trash.restore(input);
      // A restored death or separation says again what it said: one fact, one truth.
      if (input.entity === 'event') events.reapply(input.id);
      return restored;
    },
    'trash:empty': () => trash.empty(),
  };
}
