import { Link } from 'react-router';
import type { DashboardVisit } from '../../../src/briefing/dashboard.ts';
import { paths } from '../../app/paths.ts';
import { VISIT_STATUS_LABEL } from '../../components/labels.ts';
import { HighlightList } from '../briefing/HighlightList.tsx';
import { useDayLabels } from './day-label.ts';

interface VisitListProps {
  visits: readonly DashboardVisit[];
  label: string;
  empty: string;
  /** Show the day as well as the time (visits after today). */
  withDay?: boolean;
}

/** Visits with their first few items: a planned one opens its briefing, a done one its log. */
export function VisitList({ visits, label, empty, withDay = false }: VisitListProps) {
  const days = useDayLabels();
  if (visits.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="brief-list" aria-label={label}>
      {visits.map((visit) => (
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
            {visit.people.length > 0 && <p className="visit-people">{visit.people.map((p) => p.name).join(', ')}</p>}
            {visit.topItems.length > 0 && <HighlightList items={visit.topItems} label={`To keep in mind at ${visit.clientName}`} brief />}
          </div>
        </li>
      ))}
    </ul>
  );
}
