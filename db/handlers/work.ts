import { contactsRepository } from '../repositories/contacts.ts';
import { followUpsRepository } from '../repositories/follow-ups.ts';
import { incidentsRepository } from '../repositories/incidents.ts';
import { knowHowRepository } from '../repositories/know-how.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

export function workHandlers({ store, clock }: HandlerContext): DomainHandlers<'followUps'> & DomainHandlers<'contacts'> & DomainHandlers<'incidents'> & DomainHandlers<'knowHow'> {
  const followUps = followUpsRepository(store.db, clock);
  const incidents = incidentsRepository(store.db, clock);
  const contacts = contactsRepository(store.db, clock);
  const knowHow = knowHowRepository(store.db, clock);
  return {
    'followUps:list': followUps.list,
    'followUps:create': followUps.create,
    'followUps:update': followUps.update,
    'followUps:done': followUps.done,
    'followUps:reassign': followUps.reassign,
    'followUps:delete': ({ id }) => followUps.trash(id),

    'contacts:list': contacts.list,
    'contacts:create': contacts.create,
    'contacts:update': contacts.update,
    'contacts:delete': ({ id }) => contacts.trash(id),

    'incidents:list': incidents.list,
    'incidents:create': incidents.create,
    'incidents:update': incidents.update,
    'incidents:delete': ({ id }) => incidents.trash(id),

    'knowHow:list': knowHow.list,
    'knowHow:create': knowHow.create,
    'knowHow:update': knowHow.update,
    'knowHow:askedAgain': knowHow.askedAgain,
    'knowHow:delete': ({ id }) => knowHow.trash(id),
  };
}
