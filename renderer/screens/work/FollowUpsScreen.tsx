import { useDeferredValue, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ShowMoreList } from '../../components/PagedList.tsx';
import { Section } from '../../components/Section.tsx';
import { usePagedChannel } from '../../components/usePagedChannel.ts';
import { FollowUpItem } from './FollowUpItem.tsx';

const count = new Intl.NumberFormat('en-GB');

/** Every call, e-mail and check you promised, overdue first; each section a page at a time from the database. */
export function FollowUpsScreen() {
  const filterId = useId();
  const [showDone, setShowDone] = useState(false);
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim());
  const words = query === '' ? {} : { query };
  const overdue = usePagedChannel('followUps:page', { section: 'overdue', ...words }, 'overdue follow-ups');
  const upcoming = usePagedChannel('followUps:page', { section: 'upcoming', ...words }, 'follow-ups coming up');
  // Done ones only when asked for: years of kept promises are thousands of rows.
  const done = usePagedChannel('followUps:page', { section: 'done', ...words }, 'done follow-ups', { enabled: showDone });
  const sections = showDone ? [overdue, upcoming, done] : [overdue, upcoming];
  const failed = sections.find((s) => s.isError);
  const open = overdue.total + upcoming.total;

  const list = (section: typeof overdue, label: string) => (
    <ShowMoreList
      items={section.items}
      label={label}
      more={section.more}
      className="item-list"
      renderItem={(f) => <FollowUpItem key={f.id} followUp={f} clientName={f.clientName} personName={f.personName ?? undefined} />}
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
      <div className="field filter-box">
        <label htmlFor={filterId}>Filter follow-ups</label>
        <input id={filterId} type="search" data-filter value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Client, person, kind or context" autoComplete="off" />
      </div>
      {sections.some((s) => s.isPending) ? (
        <p role="status">Loading follow-ups…</p>
      ) : failed ? (
        <ErrorMessage error={failed.error} />
      ) : (
        <>
          {open === 0 && <p className="empty-state">{query ? `No open follow-up matches “${query}”.` : 'Nothing to follow up. Add follow-ups from a visit log or a client’s page.'}</p>}
          {overdue.total > 0 && <Section title={`Overdue (${count.format(overdue.total)})`}>{list(overdue, 'Overdue follow-ups')}</Section>}
          {upcoming.total > 0 && <Section title={`Coming up (${count.format(upcoming.total)})`}>{list(upcoming, 'Coming up')}</Section>}
          {showDone && (
            <Section title={`Done (${count.format(done.total)})`}>
              {done.total ? list(done, 'Done follow-ups') : <p className="muted">{query ? `No done follow-up matches “${query}”.` : 'None done yet.'}</p>}
            </Section>
          )}
        </>
      )}
    </section>
  );
}
