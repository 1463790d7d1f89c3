import { visitsRepository } from '../repositories/visits.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

export function visitsHandlers({ store, clock }: HandlerContext): DomainHandlers<'visits'> {
  const visits = visitsRepository(store.db, clock);
  return {
    'visits:list': visits.list,
    'visits:get': ({ id }) => visits.get(id),
    'visits:create': visits.create,
    'visits:update': visits.update,
    'visits:setAttendees': visits.setAttendees,
    'visits:complete': visits.complete,
    'visits:cancel': visits.cancel,
    'visits:delete': ({ id }) => visits.trash(id),
  };
}
