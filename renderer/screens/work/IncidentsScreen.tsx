import { useDeferredValue, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ShowMoreList } from '../../components/PagedList.tsx';
import { usePagedChannel } from '../../components/usePagedChannel.ts';
import { IncidentItem } from './IncidentItem.tsx';

/** Everything that broke, newest first, a page at a time from the database; "not explained yet" are the ones to talk about. */
export function IncidentsScreen() {
  const filterId = useId();
  const [unexplainedOnly, setUnexplainedOnly] = useState(false);
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim());
  const incidents = usePagedChannel('incidents:page', { ...(unexplainedOnly ? { unexplained: true } : {}), ...(query ? { query } : {}) }, 'incidents');
  const items = incidents.items;

  return (
    <section className="screen">
      <div className="screen-header">
        <PageHeading title="Incidents">Incidents</PageHeading>
        <label className="toggle">
          <input type="checkbox" checked={unexplainedOnly} onChange={(e) => setUnexplainedOnly(e.target.checked)} />
          Only not yet explained
        </label>
      </div>
      <div className="field filter-box">
        <label htmlFor={filterId}>Filter incidents</label>
        <input id={filterId} type="search" data-filter value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="What broke, why, or the client" autoComplete="off" />
      </div>
      {incidents.isPending ? (
        <p role="status">Loading incidents…</p>
      ) : incidents.isError ? (
        <ErrorMessage error={incidents.error} />
      ) : items.length === 0 ? (
        <p className="empty-state">
          {query ? `No incident matches “${query}”.` : unexplainedOnly ? 'Every incident has been explained.' : 'No incidents recorded. Record one from a client’s page or a visit log.'}
        </p>
      ) : (
        <ShowMoreList
          items={items}
          label="Incidents"
          more={incidents.more}
          className="item-list card"
          renderItem={(i) => <IncidentItem key={i.id} incident={i} clientName={i.clientName} />}
        />
      )}
    </section>
  );
}
