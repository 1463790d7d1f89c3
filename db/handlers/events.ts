import { acknowledgementsRepository } from '../repositories/acknowledgements.ts';
import { lifeEventsRepository } from '../repositories/life-events.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

export function eventsHandlers({ store, clock }: HandlerContext): DomainHandlers<'events'> & DomainHandlers<'acknowledgements'> {
  const events = lifeEventsRepository(store.db, clock);
  const acknowledgements = acknowledgementsRepository(store.db, clock);
  return {
    'events:list': events.list,
    'events:get': ({ id }) => events.get(id),
    'events:create': events.create,
    'events:update': events.update,
    'events:delete': ({ id }) => events.trash(id),
    'acknowledgements:record': acknowledgements.record,
    'acknowledgements:remove': acknowledgements.remove,
    'acknowledgements:setNote': acknowledgements.setNote,
  };
}
