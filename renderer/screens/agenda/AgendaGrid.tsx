import { Mail, MessageSquare, MonitorSmartphone, Phone, Plus } from 'lucide-react';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { instantAtLocal, movedTo } from '../../../src/agenda/week.ts';
import type { AgendaContact, AgendaDay, AgendaVisit } from '../../../src/contract/schemas/agenda.ts';
import type { ContactKind } from '../../../src/contract/schemas/contacts.ts';
import { localTimeOf } from '../../../src/dates/time-zone.ts';
import { paths } from '../../app/paths.ts';
import { CONTACT_KIND_LABEL, VISIT_STATUS_LABEL } from '../../components/labels.ts';
import type { Formatter } from '../../settings/format.ts';
import type { VisitMove } from './useVisitMove.ts';

/** The hours the agenda has rows for; anything earlier or later sits in the first or last row. */
export const FIRST_HOUR = 7;
export const LAST_HOUR = 20;
const HOURS = Array.from({ length: LAST_HOUR - FIRST_HOUR + 1 }, (_, i) => FIRST_HOUR + i);
/** Where keyboard focus first lands among the free slots. */
const MORNING = 9;

const CONTACT_ICON: Record<ContactKind, typeof Phone> = { call: Phone, email: Mail, message: MessageSquare, remote: MonitorSmartphone };

const rowOf = (iso: string, timeZone: string) => Math.min(Math.max(Number(localTimeOf(iso, timeZone).slice(0, 2)), FIRST_HOUR), LAST_HOUR);

interface AgendaGridProps {
  days: readonly AgendaDay[];
  today: string;
  format: Formatter;
  timeZone: string;
  caption: string;
  move: VisitMove;
  /** Said when a logged visit is picked up: it stays where it happened. */
  onLogged(visit: AgendaVisit): void;
}

/**
 * The week (or the day) as a table: a column per day, a row per hour. A screen reader reads
 * it with its table commands, each cell named by its day and hour. Visits are buttons (pick
 * one up to move it); the free slot in each cell plans a visit there, and the slots take one
 * Tab stop between them, the arrow keys moving from one to the next.
 */
export function AgendaGrid({ days, today, format, timeZone, caption, move, onLogged }: AgendaGridProps) {
  const navigate = useNavigate();
  const table = useRef<HTMLTableElement>(null);
  const firstDay = days.some((d) => d.date === today) ? today : days[0]!.date;
  const [slot, setSlot] = useState({ day: firstDay, hour: MORNING });
  const active = days.some((d) => d.date === slot.day) ? slot : { day: firstDay, hour: MORNING };
  const [dragging, setDragging] = useState<AgendaVisit | null>(null);

  const cell = (date: string, hour: number) => ({
    visits: days.find((d) => d.date === date)!.visits.filter((v) => rowOf(v.startsAt, timeZone) === hour),
    contacts: days.find((d) => d.date === date)!.contacts.filter((c) => rowOf(c.occurredAt, timeZone) === hour),
  });
  const target = move.moving === null ? null : { day: format.dayOf(move.moving.to.startsAt), hour: rowOf(move.moving.to.startsAt, timeZone) };

  const focusSlot = (day: string, hour: number) => {
    setSlot({ day, hour });
    requestAnimationFrame(() => table.current?.querySelector<HTMLElement>(`[data-slot="${day} ${hour}"]`)?.focus());
  };
  const slotKeys = (event: KeyboardEvent, day: string, hour: number) => {
    const i = days.findIndex((d) => d.date === day);
    const step: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const [dx, dy] = step[event.key] ?? [0, 0];
    if (dx === 0 && dy === 0) return;
    event.preventDefault();
    const next = days[Math.min(Math.max(i + dx, 0), days.length - 1)]!.date;
    focusSlot(next, Math.min(Math.max(hour + dy, FIRST_HOUR), LAST_HOUR));
  };

  const visitKeys = (event: KeyboardEvent, visit: AgendaVisit) => {
    if (move.moving?.visit.id !== visit.id) return;
    const nudges: Record<string, { days?: number; minutes?: number }> = { ArrowLeft: { days: -1 }, ArrowRight: { days: 1 }, ArrowUp: { minutes: -30 }, ArrowDown: { minutes: 30 } };
    const by = nudges[event.key];
    if (by) {
      event.preventDefault();
      move.nudge(by);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      move.save(visit, move.moving.to);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      move.leave();
    }
  };

  const drop = (event: DragEvent, day: string, hour: number) => {
    if (dragging === null) return;
    event.preventDefault();
    const minutes = Number(localTimeOf(dragging.startsAt, timeZone).slice(3, 5));
    move.save(dragging, movedTo(dragging, instantAtLocal(day, hour, minutes, timeZone)));
    setDragging(null);
  };

  return (
    <div className="agenda-scroll">
      <table className="agenda-grid" ref={table} data-days={days.length}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td className="agenda-corner" />
            {days.map((d) => (
              <th key={d.date} scope="col" aria-current={d.date === today ? 'date' : undefined} className={d.date === today ? 'agenda-today' : undefined}>
                <Link to={paths.agenda({ date: d.date, view: 'day' })}>
                  {format.dates.weekdayDayMonth(d.date)}
                  <span className="visually-hidden">{d.date === today ? ', today' : ''}, show the day</span>
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {HOURS.map((hour) => {
            const label = format.time(instantAtLocal(days[0]!.date, hour, 0, timeZone));
            return (
              <tr key={hour}>
                <th scope="row" className="agenda-hour">
                  {hour === FIRST_HOUR ? <>{label}<span className="visually-hidden"> and earlier</span></> : hour === LAST_HOUR ? <>{label}<span className="visually-hidden"> and later</span></> : label}
                </th>
                {days.map((d) => {
                  const { visits, contacts } = cell(d.date, hour);
                  const isTarget = target !== null && target.day === d.date && target.hour === hour;
                  const slotInstant = instantAtLocal(d.date, hour, 0, timeZone);
                  return (
                    <td
                      key={d.date}
                      className={`agenda-cell${d.date === today ? ' agenda-today' : ''}${isTarget ? ' agenda-target' : ''}`}
                      onDragOver={(e) => {
                        if (dragging !== null) e.preventDefault();
                      }}
                      onDrop={(e) => drop(e, d.date, hour)}
                    >
                      {(visits.length > 0 || contacts.length > 0) && (
                        <ul className="agenda-items">
                          {visits.map((v) => (
                            <VisitChip key={`v${v.id}`} visit={v} format={format} move={move} onKeyDown={(e) => visitKeys(e, v)} onDragStart={() => setDragging(v)} onDragEnd={() => setDragging(null)} onLogged={onLogged} />
                          ))}
                          {contacts.map((c) => (
                            <ContactChip key={`c${c.id}`} contact={c} format={format} />
                          ))}
                        </ul>
                      )}
                      {isTarget && move.moving && (
                        <p className="agenda-ghost" aria-hidden>
                          {format.time(move.moving.to.startsAt)} {move.moving.visit.clientName}
                        </p>
                      )}
                      <button
                        type="button"
                        className="slot-plan"
                        data-slot={`${d.date} ${hour}`}
                        tabIndex={active.day === d.date && active.hour === hour ? 0 : -1}
                        aria-label={`Plan a visit on ${format.dates.weekdayLong(d.date)} at ${format.time(slotInstant)}`}
                        onFocus={() => setSlot({ day: d.date, hour })}
                        onKeyDown={(e) => slotKeys(e, d.date, hour)}
                        onClick={() => void navigate(paths.planVisit(undefined, slotInstant))}
                      >
                        <Plus aria-hidden size={14} />
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface VisitChipProps {
  visit: AgendaVisit;
  format: Formatter;
  move: VisitMove;
  onKeyDown(event: KeyboardEvent): void;
  onDragStart(): void;
  onDragEnd(): void;
  onLogged(visit: AgendaVisit): void;
}

function VisitChip({ visit, format, move, onKeyDown, onDragStart, onDragEnd, onLogged }: VisitChipProps) {
  const planned = visit.status === 'planned';
  const picked = move.moving?.visit.id === visit.id;
  const button = useRef<HTMLButtonElement>(null);
  const { focusOn } = move;
  useEffect(() => {
    if (focusOn?.id === visit.id && focusOn.startsAt === visit.startsAt) button.current?.focus();
  }, [focusOn, visit.id, visit.startsAt]);
  return (
    <li className={`agenda-visit status-${visit.status}${picked ? ' picked' : ''}`}>
      <button
        ref={button}
        type="button"
        aria-label={`${format.time(visit.startsAt)} ${visit.clientName}${visit.purpose ? ` · ${visit.purpose}` : ''}, visit, ${VISIT_STATUS_LABEL[visit.status].toLowerCase()}`}
        draggable={planned}
        aria-pressed={planned ? picked : undefined}
        aria-describedby={picked ? 'agenda-move-help' : undefined}
        onClick={() => (planned ? (picked ? move.leave() : move.pickUp(visit)) : onLogged(visit))}
        onKeyDown={onKeyDown}
        onDragStart={(e) => {
          e.dataTransfer.setData('text/plain', String(visit.id));
          e.dataTransfer.effectAllowed = 'move';
          onDragStart();
        }}
        onDragEnd={onDragEnd}
      >
        <span className="agenda-time">{format.time(visit.startsAt)}</span> <span className="agenda-what">{visit.clientName}</span>
        {visit.purpose && <span className="agenda-purpose"> · {visit.purpose}</span>}
      </button>
    </li>
  );
}

function ContactChip({ contact, format }: { contact: AgendaContact; format: Formatter }) {
  const Icon = CONTACT_ICON[contact.kind];
  return (
    <li className="agenda-contact">
      <Icon aria-hidden size={13} />
      <span className="agenda-time">{format.time(contact.occurredAt)}</span>{' '}
      <span className="agenda-what">
        {CONTACT_KIND_LABEL[contact.kind]} with <Link to={paths.client(contact.clientId)}>{contact.personName ? `${contact.personName}, ${contact.clientName}` : contact.clientName}</Link>: {contact.summary}
      </span>
    </li>
  );
}
