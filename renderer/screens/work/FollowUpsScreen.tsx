import { useState } from 'react';
import type { FollowUp } from '../../../src/contract/schemas/work.ts';
import { useChannel } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PagedList } from '../../components/PagedList.tsx';
import { Section } from '../../components/Section.tsx';
import { useNames } from '../../components/useNames.ts';
import { FollowUpItem } from './FollowUpItem.tsx';

/** Every call, e-mail and check you promised, overdue first. */
export function FollowUpsScreen() {
  const [showDone, setShowDone] = useState(false);
  // Done ones only when asked for: years of kept promises are thousands of rows.
  const followUps = useChannel('followUps:list', showDone ? {} : { open: true }, { keepPrevious: true });
  const names = useNames(followUps.data?.map((f) => f.personId));
  const now = new Date().toISOString();
  const open = (followUps.data ?? []).filter((f) => !f.doneAt).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const overdue = open.filter((f) => f.dueAt < now);
  const upcoming = open.filter((f) => f.dueAt >= now);
  const done = (followUps.data ?? []).filter((f) => f.doneAt).sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? ''));

  const list = (items: FollowUp[], label: string) => (
    <PagedList
      items={items}
      label={label}
      noun="follow-ups"
      className="item-list"
      renderItem={(f) => <FollowUpItem key={f.id} followUp={f} clientName={names.client(f.clientId)} personName={names.person(f.personId)} />}
    />
  );

  return (
    <section className="screen">
      <div className="screen-header">
        <PageHeading title="Follow-ups">Follow-ups</PageHeading>
        <label className="toggle">
          <input type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
          Show done
        </label>
      </div>
      {followUps.isPending ? (
        <p role="status">Loading follow-ups…</p>
      ) : followUps.isError ? (
        <ErrorMessage error={followUps.error} />
      ) : (
        <>
          {open.length === 0 && <p className="empty-state">Nothing to follow up. Add follow-ups from a visit log or a client’s page.</p>}
          {overdue.length > 0 && <Section title={`Overdue (${overdue.length})`}>{list(overdue, 'Overdue follow-ups')}</Section>}
          {upcoming.length > 0 && <Section title={`Coming up (${upcoming.length})`}>{list(upcoming, 'Coming up')}</Section>}
          {showDone && <Section title={`Done (${done.length})`}>{done.length ? list(done, 'Done follow-ups') : <p className="muted">None done yet.</p>}</Section>}
        </>
      )}
    </section>
  );
}
