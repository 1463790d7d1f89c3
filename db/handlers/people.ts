import { contactDetailsRepository, ownerOf } from '../repositories/contact-details.ts';
import { peopleRepository } from '../repositories/people.ts';
import { personStoryRepository } from '../repositories/person-story.ts';
import { relationshipsRepository } from '../repositories/relationships.ts';
import { rolesRepository } from '../repositories/roles.ts';
import { tagsRepository } from '../repositories/tags.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

// people:exportAll and people:forget live with export and import (transfer.ts), people:mergePreview and people:merge with the merges (merge.ts).
export function peopleHandlers({ store, clock }: HandlerContext): Omit<DomainHandlers<'people'>, 'people:exportAll' | 'people:forget' | 'people:mergePreview' | 'people:merge'> & DomainHandlers<'contactDetails'> & DomainHandlers<'roles'> & DomainHandlers<'relationships'> & DomainHandlers<'tags'> {
  const people = peopleRepository(store.db, clock);
  const roles = rolesRepository(store.db, clock);
  const relationships = relationshipsRepository(store.db, clock);
  const stories = personStoryRepository(store.sqlite);
  const tags = tagsRepository(store.db, clock);
  const details = contactDetailsRepository(store.db, clock);
  return {
    'people:list': people.list,
    'people:get': ({ id }) => people.get(id),
    'people:create': people.create,
    'people:update': people.update,
    'people:markDeceased': people.markDeceased,
    'people:delete': ({ id }) => people.trash(id),
    'people:relatives': ({ id }) => relationships.relativesOf(id),
    'people:addRelative': people.addRelative,
    'people:story': stories.story,

    'tags:list': () => tags.list(),
    'tags:of': tags.of,
    'tags:add': tags.add,
    'tags:remove': tags.remove,
    'tags:update': tags.update,
    'tags:delete': tags.delete,
    'contactDetails:list': (input) => details.list(ownerOf(input)),
    'contactDetails:add': details.add,

    'roles:listForClient': ({ clientId }) => roles.listForClient(clientId),
    'roles:listForPerson': ({ personId }) => roles.listForPerson(personId),
    'roles:create': roles.create,
    'roles:update': roles.update,
    'roles:end': roles.end,
    'roles:delete': ({ id }) => roles.delete(id),

    'relationships:create': relationships.create,
    'relationships:update': relationships.update,
    'relationships:end': relationships.end,
    'relationships:delete': ({ id }) => relationships.delete(id),
  };
}
