import { useDeferredValue, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ShowMoreList } from '../../components/PagedList.tsx';
import { usePagedChannel } from '../../components/usePagedChannel.ts';
import { KnowHowItem } from './KnowHowItem.tsx';

/** Questions clients ask, with your answers: most asked first, a page at a time from the database. */
export function KnowHowScreen() {
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim());
  const knowHow = usePagedChannel('knowHow:page', query ? { query } : {}, 'questions');
  const items = knowHow.items;

  return (
    <section className="screen">
      <div className="screen-header">
        <PageHeading title="Know-how">Know-how</PageHeading>
      </div>
      <div className="field filter-box">
        <label htmlFor={filterId}>Filter questions and answers</label>
        <input id={filterId} type="search" data-filter value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. printer" autoComplete="off" />
      </div>
      {knowHow.isPending ? (
        <p role="status">Loading know-how…</p>
      ) : knowHow.isError ? (
        <ErrorMessage error={knowHow.error} />
      ) : items.length === 0 ? (
        <p className="empty-state">{query ? `Nothing matches “${query}”.` : 'No know-how yet. Add questions and answers from a client’s or person’s page.'}</p>
      ) : (
        <ShowMoreList
          items={items}
          label="Know-how"
          more={knowHow.more}
          className="item-list card"
          renderItem={(k) => <KnowHowItem key={k.id} item={k} clientName={k.clientName ?? undefined} personName={k.personName ?? undefined} />}
        />
      )}
    </section>
  );
}
