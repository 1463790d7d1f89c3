import type { LifeEvent } from '../../../src/contract/schemas/events.ts';
import type { Person } from '../../../src/contract/schemas/people.ts';
import type { Visit } from '../../../src/contract/schemas/visits.ts';
import { addDays, periodOf } from '../../../src/dates/calendar-date.ts';
import { useChannels } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ToneBadge } from '../../components/tone.tsx';
import { TickControl } from '../briefing/TickControl.tsx';
import { useFormat } from '../../settings/format.ts';

/** How far back news still counts as "recent" enough to have asked about it. */
const RECENT_DAYS = 183;
const SOON_DAYS = 60;

/**
 * The news of the people at this visit that was recent on the day of the visit, to tick what
 * you asked about (never a bereavement). Ongoing events always count; others if they fall within the six months
 * before the visit or the two after.
 */
function useRecentEvents(people: readonly Person[], visitDay: string): { events: LifeEvent[]; error: unknown } {
  const results = useChannels(
    'events:list',
    people.map((p) => ({ personId: p.id })),
  );
  const from = addDays(visitDay, -RECENT_DAYS);
  const to = addDays(visitDay, SOON_DAYS);
  const byId = new Map<number, LifeEvent>();
  for (const result of results) {
    for (const event of result.data ?? []) {
      // A death is never something you "asked about": the briefing lists it under don't ask.
      if (event.tone === 'grief') continue;
      const { first, last } = periodOf(event);
      if (event.ongoing || (last >= from && first <= to)) byId.set(event.id, event);
    }
  }
  return { events: [...byId.values()].sort((a, b) => b.date.localeCompare(a.date)), error: results.find((r) => r.error)?.error };
}

export function AskedAboutList({ visit, people }: { visit: Visit; people: readonly Person[] }) {
  const format = useFormat();
  const { events, error } = useRecentEvents(people, format.dayOf(visit.startsAt));
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  if (error) return <ErrorMessage error={error} />;
  if (events.length === 0) return <p className="muted">No recent news recorded for the people at this visit.</p>;
  return (
    <ul className="item-list" aria-label="Recent news to tick">
      {events.map((event) => (
        <AskedAboutItem key={event.id} event={event} visitId={visit.id} who={event.personIds.map((id) => names.get(id)).filter(Boolean).join(', ')} />
      ))}
    </ul>
  );
}

function AskedAboutItem({ event, visitId, who }: { event: LifeEvent; visitId: number; who: string }) {
  const format = useFormat();
  const asked = event.acknowledgements.find((a) => a.visitId === visitId);
  return (
    <li className={asked ? 'item asked' : 'item'}>
      <div className="item-main">
        <TickControl eventIds={[event.id]} visitId={visitId} label={event.title} ticked={Boolean(asked)} note={asked?.note ?? ''} />
        <p className="item-meta">
          <ToneBadge tone={event.tone} /> {who && `${who} · `}
          {format.preciseWithDistance({ date: event.date, precision: event.precision })}
          {event.ongoing && ', ongoing'}
        </p>
      </div>
    </li>
  );
}
