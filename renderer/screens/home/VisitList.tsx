import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { DashboardVisit, DashboardVisitList } from '../../../src/briefing/dashboard.ts';
import { useChannels } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { VISIT_STATUS_LABEL } from '../../components/labels.ts';
import { SECTION_ICON, SECTION_TITLES, sectionClass, sectionOf } from '../briefing/section-look.ts';
import { useDayLabels } from './day-label.ts';

/** Visits fetched per "Show N more". */
const PAGE = 50;

interface VisitListProps {
  /** The first visits of the list (Home's page). */
  visits: readonly DashboardVisit[];
  /** How many visits the list has in all; the rest are fetched a page at a time. */
  total: number;
  /** Which list this is, to fetch more of it. */
  list: DashboardVisitList;
  timeZone: string;
  locale: string;
  label: string;
  empty: string;
  /** Show the day as well as the time (visits after today). */
  withDay?: boolean;
}

/**
 * Visits, one compact line each: when, where, whom. What to keep in mind is read in the next
 * visit's card and in each briefing, so here only its kinds are named ("Don't ask", "Handle
 * with care"): the row says there is something before a visit without telling it again.
 */
export function VisitList({ visits, total, list, timeZone, locale, label, empty, withDay = false }: VisitListProps) {
  const days = useDayLabels();
  const listId = useId();
  const [pages, setPages] = useState(0);
  const more = useChannels(
    'dashboard:moreVisits',
    Array.from({ length: pages }, (_, i) => ({ list, offset: visits.length + i * PAGE, limit: PAGE, timeZone, locale })),
  );
  const shown = [...visits, ...more.flatMap((page) => page.data?.visits ?? [])];
  const loading = more.some((page) => page.isPending);
  const failed = more.find((page) => page.isError)?.error ?? null;
  const listRef = useRef<HTMLUListElement>(null);
  // Keyboard focus moves on to the first visit a page revealed (the button may go away).
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    if (focusFrom.current === null || loading) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.visit-title a')[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [loading, shown.length]);
  if (visits.length === 0) return <p className="muted">{empty}</p>;
  const left = Math.max(0, total - shown.length);
  return (
    <>
      <ul className="brief-list visit-list" aria-label={label} id={listId} ref={listRef}>
        {shown.map((visit) => {
          const kinds = [...new Set(visit.topItems.map((item) => sectionOf(item.kind)))];
          return (
            <li key={visit.visitId} className="visit-row">
              <span className="when">
                {withDay && (
                  <>
                    {days.short({ date: visit.day, precision: 'day' })}
                    <br />
                  </>
                )}
                <strong>{visit.time}</strong>
              </span>
              <div>
                <p className="visit-title">
                  <Link to={visit.status === 'planned' ? paths.briefing(visit.visitId) : paths.visitLog(visit.visitId)}>{visit.clientName}</Link>
                  {visit.status !== 'planned' && <span className={`badge status-${visit.status}`}>{VISIT_STATUS_LABEL[visit.status]}</span>}
                </p>
                {(visit.people.length > 0 || kinds.length > 0) && (
                  <p className="visit-people">
                    {visit.people.map((p) => p.name).join(', ')}
                    {kinds.map((key) => {
                      const Icon = SECTION_ICON[key];
                      return (
                        <span key={key} className={`visit-kind ${sectionClass(key)}`}>
                          <Icon aria-hidden size={12} />
                          {SECTION_TITLES[key]}
                        </span>
                      );
                    })}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <ErrorMessage error={failed} />
      {left > 0 && (
        <button
          type="button"
          className="link-button more-button"
          aria-controls={listId}
          disabled={loading}
          onClick={() => {
            focusFrom.current = shown.length;
            setPages(pages + 1);
          }}
        >
          {loading ? 'Loading…' : `Show ${Math.min(left, PAGE)} more`}
        </button>
      )}
    </>
  );
}
