import { useState } from 'react';
import { useChannel } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PagedList } from '../../components/PagedList.tsx';
import { useNames } from '../../components/useNames.ts';
import { IncidentItem } from './IncidentItem.tsx';

/** Everything that broke, newest first; "not explained yet" are the ones to talk about. */
export function IncidentsScreen() {
  const [unexplainedOnly, setUnexplainedOnly] = useState(false);
  const incidents = useChannel('incidents:list', unexplainedOnly ? { unexplained: true } : {});
  const names = useNames();
  const sorted = [...(incidents.data ?? [])].sort((a, b) => b.startedAt.localeCompare(a.startedAt));

  return (
    <section className="screen">
      <div className="screen-header">
        <PageHeading title="Incidents">Incidents</PageHeading>
        <label className="toggle">
          <input type="checkbox" checked={unexplainedOnly} onChange={(e) => setUnexplainedOnly(e.target.checked)} />
          Only not yet explained
        </label>
      </div>
      {incidents.isPending ? (
        <p role="status">Loading incidents…</p>
      ) : incidents.isError ? (
        <ErrorMessage error={incidents.error} />
      ) : sorted.length === 0 ? (
        <p className="empty-state">{unexplainedOnly ? 'Every incident has been explained.' : 'No incidents recorded. Record one from a client’s page or a visit log.'}</p>
      ) : (
        <PagedList
          key={String(unexplainedOnly)}
          items={sorted}
          label="Incidents"
          noun="incidents"
          className="item-list card"
          renderItem={(i) => <IncidentItem key={i.id} incident={i} clientName={names.client(i.clientId)} />}
        />
      )}
    </section>
  );
}
