import { Link } from 'react-router';
import { lifeEventType } from '../../../src/catalogue/life-events.ts';
import type { LifeEvent } from '../../../src/contract/schemas/events.ts';
import { paths } from '../../app/paths.ts';
import { ToneBadge } from '../../components/tone.tsx';
import { useFormat } from '../../settings/format.ts';

/** Life events newest first, each with its tone, when it was, and whether it was asked about. */
export function EventTimeline({ events, label }: { events: readonly LifeEvent[]; label: string }) {
  const format = useFormat();
  const sorted = [...events].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <ol className="timeline" aria-label={label}>
      {sorted.map((e) => {
        const lastAsked = e.acknowledgements.at(-1);
        return (
          <li key={e.id} className={`timeline-item tone-${e.tone}`}>
            <p className="timeline-when">{format.preciseWithDistance({ date: e.date, precision: e.precision })}</p>
            <div className="timeline-body">
              <p className="item-title">
                <Link to={paths.event(e.id)}>{e.title}</Link> <ToneBadge tone={e.tone} />
              </p>
              <p className="item-meta">
                {lifeEventType(e.typeKey).label}
                {e.ongoing ? ' · ongoing' : e.endDate ? ` · until ${format.date(e.endDate)}` : ''}
                {lastAsked && ` · asked about ${format.date(format.dayOf(lastAsked.at))}${lastAsked.note ? `: “${lastAsked.note}”` : ''}`}
              </p>
              {e.notes && <p className="item-text">{e.notes}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
