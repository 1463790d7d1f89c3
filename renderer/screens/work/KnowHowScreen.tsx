import { useId, useState } from 'react';
import { useChannel } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PagedList } from '../../components/PagedList.tsx';
import { useNames } from '../../components/useNames.ts';
import { KnowHowItem } from './KnowHowItem.tsx';

/** Questions clients ask, with your answers: most asked first. */
export function KnowHowScreen() {
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const knowHow = useChannel('knowHow:list', {});
  const names = useNames(knowHow.data?.map((k) => k.personId));
  const words = filter.trim().toLowerCase();
  const shown = (knowHow.data ?? [])
    .filter((k) => words === '' || `${k.question} ${k.answer ?? ''}`.toLowerCase().includes(words))
    .sort((a, b) => b.timesAsked - a.timesAsked || b.lastAskedAt.localeCompare(a.lastAskedAt));

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
      ) : shown.length === 0 ? (
        <p className="empty-state">{words ? `Nothing matches “${filter}”.` : 'No know-how yet. Add questions and answers from a client’s or person’s page.'}</p>
      ) : (
        <PagedList
          key={words}
          items={shown}
          label="Know-how"
          noun="questions"
          className="item-list card"
          renderItem={(k) => <KnowHowItem key={k.id} item={k} clientName={names.client(k.clientId)} personName={names.person(k.personId)} />}
        />
      )}
    </section>
  );
}
