import { useDeferredValue, useId, useState } from 'react';
import { Link } from 'react-router';
import { useChannel } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PAGE_SIZE, ShowMoreList } from '../../components/PagedList.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TagFilter, useTagFilter, useTagName } from '../../components/TagFilter.tsx';
import { birthdayText } from '../../components/labels.ts';
import { useFormat } from '../../settings/format.ts';

const count = new Intl.NumberFormat('en-GB');

/** Everyone you know of, clients' contacts and the people in their lives. */
export function PeopleScreen() {
  const filterId = useId();
  const format = useFormat();
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim());
  const [tagId, setTagId] = useTagFilter();
  const tagName = useTagName(tagId);
  // A page at a time from the database (one more than shown, to know there are more): with
  // 20,000 people the screen asks for 101, not for all of them. The tag filters there too.
  const key = `${tagId ?? ''}|${query}`;
  const [wanted, setWanted] = useState({ key, count: PAGE_SIZE });
  const shown = wanted.key === key ? wanted.count : PAGE_SIZE;
  const people = useChannel('people:list', { ...(query ? { query } : {}), ...(tagId === undefined ? {} : { tagId }), limit: shown + 1 }, { keepPrevious: true });
  // In the database's name order, so a page never shuffles when the next one arrives.
  const sorted = people.data ?? [];
  const page = sorted.slice(0, shown);
  const more =
    sorted.length > shown
      ? { status: `Showing the first ${count.format(shown)}${query || tagId !== undefined ? ' matches' : ' people'}; type a name to find anyone.`, button: `Show ${PAGE_SIZE} more`, onMore: () => setWanted({ key, count: shown + PAGE_SIZE }) }
      : null;

  return (
    <section className="screen">
      <div className="screen-header">
        <PageHeading title="People">People</PageHeading>
        <Link to={paths.duplicates()}>Possible duplicates</Link>
      </div>
      <div className="filter-row">
        <div className="field filter-box">
          <label htmlFor={filterId}>Filter people</label>
          <input id={filterId} type="search" data-filter value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Any part of a name" autoComplete="off" />
        </div>
        <TagFilter tagId={tagId} onChange={setTagId} count={(t) => t.people} />
      </div>
      <p className="muted">Add people from a client’s page, or as a relative of someone you know.</p>
      {people.isPending ? (
        <p role="status">Loading people…</p>
      ) : people.isError ? (
        <ErrorMessage error={people.error} />
      ) : sorted.length === 0 ? (
        <p className="empty-state">{tagId !== undefined ? `Nobody${query ? ` matching “${query}”` : ''} is tagged “${tagName ?? '…'}”.` : query ? `Nobody matches “${query}”.` : 'No people yet.'}</p>
      ) : (
        <ShowMoreList
          items={page}
          label="People"
          more={more}
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
