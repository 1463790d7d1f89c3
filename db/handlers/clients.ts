import { clientFieldsRepository } from '../repositories/client-fields.ts';
import { clientsRepository } from '../repositories/clients.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

// clients:mergePreview and clients:merge live with the other merges (merge.ts).
export function clientHandlers({ store, clock }: HandlerContext): Omit<DomainHandlers<'clients'>, 'clients:mergePreview' | 'clients:merge'> & DomainHandlers<'clientFields'> {
  const clients = clientsRepository(store.db, clock);
  const fields = clientFieldsRepository(store.db, clock);
  return {
    'clients:list': clients.list,
    'clients:rows': clients.rows,
    'clients:count': clients.count,
    'clients:get': ({ id }) => clients.get(id),
    'clients:create': clients.create,
    'clients:update': clients.update,
    'clients:archive': clients.archive,
    'clients:delete': ({ id }) => clients.trash(id),
    'clientFields:list': ({ clientId }) => fields.list(clientId),
    'clientFields:set': fields.set,
    'clientFields:remove': ({ id }) => fields.remove(id),
  };
}
