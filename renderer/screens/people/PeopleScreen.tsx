import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useChannel } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PagedList } from '../../components/PagedList.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { birthdayText } from '../../components/labels.ts';
import { useFormat } from '../../settings/format.ts';

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Everyone you know of, clients' contacts and the people in their lives. */
export function PeopleScreen() {
  const filterId = useId();
  const format = useFormat();
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim());
  const people = useChannel('people:list', query ? { query } : {}, { keepPrevious: true });
  const sorted = useMemo(() => [...(people.data ?? [])].sort((a, b) => byName.compare(a.displayName, b.displayName)), [people.data]);

  return (
    <section className="screen">
      <div className="screen-header">
        <PageHeading title="People">People</PageHeading>
      </div>
      <div className="field filter-box">
        <label htmlFor={filterId}>Filter people</label>
        <input id={filterId} type="search" data-filter value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Any part of a name" autoComplete="off" />
      </div>
      <p className="muted">Add people from a client’s page, or as a relative of someone you know.</p>
      {people.isPending ? (
        <p role="status">Loading people…</p>
      ) : people.isError ? (
        <ErrorMessage error={people.error} />
      ) : sorted.length === 0 ? (
        <p className="empty-state">{query ? `Nobody matches “${query}”.` : 'No people yet.'}</p>
      ) : (
        <PagedList
          key={query}
          items={sorted}
          label="People"
          noun="people"
          className="item-list card people-list"
          renderItem={(p) => (
            <li key={p.id} className="item">
              <div className="item-main">
                <p className="item-title">
                  <Link to={paths.person(p.id)}>{p.displayName}</Link>
                  {p.nickname && <span className="muted"> “{p.nickname}”</span>}
                  {p.diedOn && <span className="badge grief">Died {format.date(p.diedOn)}</span>}
                </p>
                {(p.birthday || p.interests) && (
                  <p className="item-meta">
                    {p.birthday && `Birthday ${birthdayText(p.birthday)}`}
                    {p.birthday && p.interests && ' · '}
                    {p.interests}
                  </p>
                )}
              </div>
            </li>
          )}
        />
      )}
    </section>
  );
}
