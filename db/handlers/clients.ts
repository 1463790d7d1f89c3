import { clientsRepository } from '../repositories/clients.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

export function clientHandlers({ store, clock }: HandlerContext): DomainHandlers<'clients'> {
  const clients = clientsRepository(store.db, clock);
  return {
    'clients:list': clients.list,
    'clients:count': clients.count,
    'clients:get': ({ id }) => clients.get(id),
    'clients:create': clients.create,
    'clients:update': clients.update,
    'clients:archive': clients.archive,
    'clients:delete': ({ id }) => clients.trash(id),
  };
}
