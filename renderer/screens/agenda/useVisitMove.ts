import { useState } from 'react';
import type { AgendaVisit } from '../../../src/contract/schemas/agenda.ts';
import { movedBy, type VisitTimes } from '../../../src/agenda/week.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import type { Formatter } from '../../settings/format.ts';

export interface Moving {
  visit: AgendaVisit;
  /** Where it would go: shown on the agenda and in the move panel until saved or left. */
  to: VisitTimes;
}

interface Moved {
  text: string;
  /** What Undo puts back. */
  back: { id: number } & VisitTimes;
}

/**
 * Moving a planned visit: pick it up (click, Enter), say where (arrow keys, the "Move to"
 * field, or a drop on a slot), save through visits:update, the one door to a visit's time.
 * A move can be undone until the next one. Logged visits stay where they happened.
 */
export function useVisitMove(format: Formatter, timeZone: string) {
  const [moving, setMoving] = useState<Moving | null>(null);
  const [moved, setMoved] = useState<Moved | null>(null);
  const [undone, setUndone] = useState('');
  /** The visit to give focus back to once it shows at its new time (its button is drawn anew in another cell). */
  const [focusOn, setFocusOn] = useState<{ id: number; startsAt: string } | null>(null);
  const update = useChannelMutation('visits:update');
  const undo = useChannelMutation('visits:update');

  const when = (iso: string) => `${format.dates.weekdayDayMonth(format.dayOf(iso))}, ${format.time(iso)}`;

  const save = (visit: AgendaVisit, to: VisitTimes) => {
    setUndone('');
    if (to.startsAt === visit.startsAt) {
      setMoving(null);
      return;
    }
    update.mutate(
      { id: visit.id, startsAt: to.startsAt, endsAt: to.endsAt },
      {
        onSuccess: () => {
          setMoving(null);
          setFocusOn({ id: visit.id, startsAt: to.startsAt });
          setMoved({ text: `Moved the visit to ${visit.clientName} to ${when(to.startsAt)}.`, back: { id: visit.id, startsAt: visit.startsAt, endsAt: visit.endsAt } });
        },
      },
    );
  };

  return {
    moving,
    moved,
    focusOn,
    undone,
    error: update.error ?? undo.error,
    pending: update.isPending || undo.isPending,
    when,
    pickUp: (visit: AgendaVisit) => {
      update.reset();
      setMoving({ visit, to: { startsAt: visit.startsAt, endsAt: visit.endsAt } });
    },
    leave: () => setMoving(null),
    nudge: (by: { days?: number; minutes?: number }) => setMoving((m) => (m === null ? m : { ...m, to: movedBy(m.to, by, timeZone) })),
    aim: (to: VisitTimes) => setMoving((m) => (m === null ? m : { ...m, to })),
    save,
    undo: () => {
      if (moved === null) return;
      undo.mutate(moved.back, {
        onSuccess: () => {
          setMoved(null);
          setFocusOn({ id: moved.back.id, startsAt: moved.back.startsAt });
          setUndone(`Undone: the visit is back on ${when(moved.back.startsAt)}.`);
        },
      });
    },
  };
}

export type VisitMove = ReturnType<typeof useVisitMove>;
