import type { HandlerTable } from '../../src/contract/dispatch.ts';
import { notSamePairs, suggestDuplicates } from '../repositories/duplicates.ts';
import { clientMerger } from '../repositories/merge-clients.ts';
import { personMerger } from '../repositories/merge-people.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

/** Merging duplicates; the transport takes the pre-merge backup before people:merge and clients:merge (backupBeforeChannel). */
export function mergeHandlers({ store, clock }: HandlerContext): Pick<HandlerTable, 'people:mergePreview' | 'people:merge' | 'clients:mergePreview' | 'clients:merge'> & DomainHandlers<'duplicates'> {
  const people = personMerger(store.db, store.sqlite, clock);
  const clients = clientMerger(store.db, store.sqlite, clock);
  const notSame = notSamePairs(store.db, store.sqlite, clock);
  return {
    'people:mergePreview': people.preview,
    'people:merge': people.merge,
    'clients:mergePreview': clients.preview,
    'clients:merge': clients.merge,
    'duplicates:suggest': ({ limit }) => suggestDuplicates(store.sqlite, limit, notSame.read()),
    'duplicates:notSame': ({ kind, a, b, notSame: different }) => ({ kind, a: Math.min(a, b), b: Math.max(a, b), notSame: different, setAside: notSame.set(kind, a, b, different) }),
  };
}
