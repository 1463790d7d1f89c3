import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { weekStartOn } from '../../../src/agenda/week.ts';
import type { AgendaVisit } from '../../../src/contract/schemas/agenda.ts';
import { addDays, isCalendarDate } from '../../../src/dates/calendar-date.ts';
import { useChannel } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../settings/format.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';
import { AgendaGrid } from './AgendaGrid.tsx';
import { MovePanel } from './MovePanel.tsx';
import { useVisitMove } from './useVisitMove.ts';
import './agenda.css';

type View = 'week' | 'day';

/**
 * /agenda?date=yyyy-MM-dd[&view=day]: every client's visits and contacts in the week (or the
 * day) holding the date, on the user's calendar: the week starts on their chosen day, times
 * are on their clock. Visits are planned from a free slot and moved by drag or keyboard.
 */
export function AgendaScreen() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { settings } = useSettings();
  const format = useFormat();
  const today = format.today();
  const view: View = search.get('view') === 'day' ? 'day' : 'week';
  const asked = search.get('date');
  const date = asked !== null && isCalendarDate(asked) ? asked : today;
  const start = view === 'day' ? date : weekStartOn(date, settings.weekStart);
  const length = view === 'day' ? 1 : 7;
  const last = addDays(start, length - 1);
  const agenda = useChannel('agenda:range', { start, days: length, timeZone: settings.timeZone }, { keepPrevious: true });
  const move = useVisitMove(format, settings.timeZone);
  const [logged, setLogged] = useState<AgendaVisit | null>(null);

  const go = (to: { date: string; view?: View }) => {
    move.leave();
    setLogged(null);
    void navigate(paths.agenda({ date: to.date, view: to.view ?? view }));
  };
  const range =
    view === 'day'
      ? `${format.dates.weekdayLong(start)} ${format.dates.year(start)}`
      : `${format.dates.dayMonth(start, format.dates.year(start) !== format.dates.year(last))} – ${format.dates.dayMonth(last, true)}`;
  const thisOne = view === 'day' ? start === today : start === weekStartOn(today, settings.weekStart);
  const unit = view === 'day' ? 'day' : 'week';
  const shown = agenda.data?.from === undefined || agenda.isPlaceholderData ? null : agenda.data;

  return (
    <section className="screen agenda-screen">
      <div className="screen-header">
        <PageHeading title="Agenda">Agenda</PageHeading>
        <div className="agenda-views" role="group" aria-label="Show">
          <button type="button" aria-pressed={view === 'week'} onClick={() => go({ date, view: 'week' })}>
            Week
          </button>
          <button type="button" aria-pressed={view === 'day'} onClick={() => go({ date: view === 'week' && !thisOne ? start : date, view: 'day' })}>
            Day
          </button>
        </div>
      </div>
      <nav className="agenda-nav" aria-label={`Choose the ${unit}`}>
        <button type="button" onClick={() => go({ date: addDays(start, -length) })}>
          <ChevronLeft aria-hidden size={16} />
          Previous {unit}
        </button>
        <button type="button" onClick={() => go({ date: today })}>
          Today
        </button>
        <button type="button" onClick={() => go({ date: addDays(start, length) })}>
          Next {unit}
          <ChevronRight aria-hidden size={16} />
        </button>
        <h2 className="agenda-range" aria-live="polite">
          {range}
        </h2>
      </nav>
      <p className="muted agenda-help">
        Pick up a planned visit to move it: drag it to another slot, or press Enter on it, then the arrow keys (← → a day, ↑ ↓ half an hour) and Enter to move it there. The <span aria-hidden>+</span>
        <span className="visually-hidden">Plan a visit button</span> in a free slot plans a visit then; Tab reaches the slots once, the arrow keys move between them.
      </p>
      <MovePanel move={move} />
      {logged && (
        <p role="status" className="care agenda-logged">
          The visit to {logged.clientName} on {move.when(logged.startsAt)} is logged, so it stays where it happened. <Link to={paths.visitLog(logged.id)}>Open its log</Link> to change when it took place.
        </p>
      )}
      <ErrorMessage error={agenda.error} />
      {shown === null ? (
        !agenda.isError && <p role="status">Loading…</p>
      ) : (
        <>
          {shown.more && <p className="care">This {unit} holds more visits or contacts than fit on one screen; the first thousand are shown. The day view shows one day at a time.</p>}
          <AgendaGrid
            key={`${start}|${length}`}
            days={shown.days}
            today={today}
            format={format}
            timeZone={settings.timeZone}
            caption={`Visits and contacts, ${range}`}
            move={move}
            onLogged={(visit) => {
              move.leave();
              setLogged(visit);
            }}
          />
          {shown.days.every((d) => d.visits.length === 0 && d.contacts.length === 0) && <p className="muted">Nothing planned or logged this {unit}.</p>}
        </>
      )}
    </section>
  );
}
