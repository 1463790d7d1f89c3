import { useId, useState } from 'react';
import type { DashboardList, DatedItem } from '../../../src/briefing/dashboard.ts';
import type { CalendarDate } from '../../../src/dates/calendar-date.ts';
import { useChannels } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ItemBody } from '../briefing/ItemBody.tsx';
import { NeedsContactActions } from '../briefing/NeedsContactActions.tsx';
import { useSettings } from '../../settings/SettingsContext.tsx';
import { useDayLabels } from './day-label.ts';
import { linkFor } from './dated-links.ts';

/** Items fetched per "Show N more". */
const PAGE = 50;

interface DatedListProps {
  /** The first items of the list (Home's page). */
  items: readonly DatedItem[];
  /** How many items the list has in all; the rest are fetched a page at a time. */
  total: number;
  /** Which dashboard list this is, to fetch more of it. */
  list: DashboardList;
  timeZone: string;
  /** The list's accessible name. */
  label: string;
  /** Said when there is nothing in the list. */
  empty: string;
  today: CalendarDate;
}

/** A dashboard list: each line with its day, what to do, and why; "Show N more" pages the rest. */
export function DatedList({ items, total, list, timeZone, label, empty, today }: DatedListProps) {
  const days = useDayLabels();
  const { locale } = useSettings().settings;
  const listId = useId();
  const [pages, setPages] = useState(0);
  const more = useChannels(
    'dashboard:more',
    Array.from({ length: pages }, (_, i) => ({ list, offset: items.length + i * PAGE, limit: PAGE, timeZone, locale })),
  );
  if (items.length === 0) return <p className="muted">{empty}</p>;
  const shown = [...items, ...more.flatMap((page) => page.data?.items ?? [])];
  const loading = more.some((page) => page.isPending);
  const failed = more.find((page) => page.isError)?.error ?? null;
  const left = Math.max(0, total - shown.length);
  return (
    <>
      <ul id={listId} className="brief-list" aria-label={label}>
        {shown.map((item, index) => (
          <li key={`${index}:${item.text}`} className={(item.kind === 'follow-up' || item.kind === 'needs-contact' || item.kind === 'renewal') && item.on.date < today ? 'dated-row overdue' : 'dated-row'}>
            <span className="when">{item.on.date === today ? <strong>Today</strong> : days.short(item.on)}</span>
            <ItemBody item={item} to={linkFor(item)} />
            {item.kind === 'needs-contact' && <NeedsContactActions item={item} />}
          </li>
        ))}
      </ul>
      <ErrorMessage error={failed} />
      {left > 0 ? (
        <button type="button" className="link-button more-button" aria-controls={listId} disabled={loading} onClick={() => setPages(pages + 1)}>
          {loading ? 'Loading…' : `Show ${Math.min(left, PAGE)} more`}
          <span className="visually-hidden">{` in ${label}`}</span>
        </button>
      ) : (
        pages > 0 && (
          <button type="button" className="link-button more-button" aria-controls={listId} onClick={() => setPages(0)}>
            Show fewer
            <span className="visually-hidden">{` in ${label}`}</span>
          </button>
        )
      )}
    </>
  );
}
