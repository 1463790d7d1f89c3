import { useId, useState } from 'react';
import type { DatedItem } from '../../../src/briefing/dashboard.ts';
import type { CalendarDate } from '../../../src/dates/calendar-date.ts';
import { ItemBody } from '../briefing/ItemBody.tsx';
import { NeedsContactActions } from '../briefing/NeedsContactActions.tsx';
import { useDayLabels } from './day-label.ts';
import { linkFor } from './dated-links.ts';

/** Enough to scan at a glance; the rest is one click away. */
const SHOWN = 5;

interface DatedListProps {
  items: readonly DatedItem[];
  /** The list's accessible name. */
  label: string;
  /** Said when there is nothing in the list. */
  empty: string;
  today: CalendarDate;
}

/** A dashboard list: each line with its day, what to do, and why. */
export function DatedList({ items, label, empty, today }: DatedListProps) {
  const days = useDayLabels();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) return <p className="muted">{empty}</p>;
  const shown = expanded ? items : items.slice(0, SHOWN);
  return (
    <>
      <ul id={listId} className="brief-list" aria-label={label}>
        {shown.map((item, index) => (
          <li key={`${index}:${item.text}`} className={(item.kind === 'follow-up' || item.kind === 'needs-contact') && item.on.date < today ? 'dated-row overdue' : 'dated-row'}>
            <span className="when">{item.on.date === today ? <strong>Today</strong> : days.short(item.on)}</span>
            <ItemBody item={item} to={linkFor(item)} />
            {item.kind === 'needs-contact' && <NeedsContactActions item={item} />}
          </li>
        ))}
      </ul>
      {items.length > SHOWN && (
        <button type="button" className="link-button more-button" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show ${items.length - SHOWN} more`}
          <span className="visually-hidden">{` in ${label}`}</span>
        </button>
      )}
    </>
  );
}
