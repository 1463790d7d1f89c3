import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { DashboardVisit } from '../../../src/briefing/dashboard.ts';
import { paths } from '../../app/paths.ts';
import { VISIT_STATUS_LABEL } from '../../components/labels.ts';
import { SECTION_ICON, SECTION_TITLES, sectionClass, sectionOf } from '../briefing/section-look.ts';
import { useDayLabels } from './day-label.ts';

/** Visits shown before "Show N more", as in every list on Home. */
const FIRST = 5;

interface VisitListProps {
  visits: readonly DashboardVisit[];
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
export function VisitList({ visits, label, empty, withDay = false }: VisitListProps) {
  const days = useDayLabels();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  // The button goes away once pressed: keyboard focus moves on to the first visit it revealed.
  useEffect(() => {
    if (expanded) listRef.current?.querySelectorAll('a')[FIRST]?.focus();
  }, [expanded]);
  if (visits.length === 0) return <p className="muted">{empty}</p>;
  const shown = expanded ? visits : visits.slice(0, FIRST);
  const left = visits.length - shown.length;
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
      {left > 0 && (
        <button type="button" className="link-button more-button" aria-controls={listId} aria-expanded={false} onClick={() => setExpanded(true)}>
          Show {left} more
        </button>
      )}
    </>
  );
}
