import { Link } from 'react-router';
import { movedTo } from '../../../src/agenda/week.ts';
import { paths } from '../../app/paths.ts';
import { MomentPicker } from '../../components/date-fields.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { VisitMove } from './useVisitMove.ts';

/**
 * The visit being moved, where it would go, and the ways to say so without a mouse ("Move
 * to" takes any day and time); then what was moved, with Undo.
 */
export function MovePanel({ move }: { move: VisitMove }) {
  const { moving, moved, undone } = move;
  return (
    <>
      {moving && (
        <section className="card agenda-move" aria-labelledby="agenda-move-title">
          <h2 id="agenda-move-title">Moving the visit to {moving.visit.clientName}</h2>
          <p id="agenda-move-help" aria-live="polite">
            From {move.when(moving.visit.startsAt)} to <strong>{move.when(moving.to.startsAt)}</strong>. Arrow keys on the visit: ← → a day, ↑ ↓ half an hour; Enter moves it, Esc leaves it.
          </p>
          <div className="button-row">
            <MomentPicker className="agenda-move-to" label="Move to" value={moving.to.startsAt} onChange={(at) => at && move.aim(movedTo(moving.visit, at))} />
            <button type="button" className="primary" disabled={move.pending} onClick={() => move.save(moving.visit, moving.to)}>
              Move it there
            </button>
            <button type="button" onClick={move.leave}>
              Leave it
            </button>
            <Link to={paths.briefing(moving.visit.id)}>Open its briefing</Link>
          </div>
        </section>
      )}
      <ErrorMessage error={move.error} />
      <div role="status" className="agenda-moved">
        {moved && !moving && (
          <p className="ok">
            {moved.text}{' '}
            <button type="button" className="quiet" disabled={move.pending} onClick={move.undo}>
              Undo
            </button>
          </p>
        )}
        {undone && <p className="ok">{undone}</p>}
      </div>
    </>
  );
}
