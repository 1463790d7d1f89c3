import type { UnassignedEvent } from '../../../src/contract/schemas/transfer.ts';
import { useChannel } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField, type Choice } from '../../components/fields.tsx';
import { useFormat } from '../../settings/format.ts';

const SKIP = 'skip';

interface EventAssignmentsProps {
  events: UnassignedEvent[];
  assignments: Record<string, number>;
  onChange(assignments: Record<string, number>): void;
}

/** Calendar events no client was found for: the user picks one, or leaves them out. */
export function EventAssignments({ events, assignments, onChange }: EventAssignmentsProps) {
  const format = useFormat();
  const clients = useChannel('clients:list', {});
  if (clients.isError) return <ErrorMessage error={clients.error} />;

  const choose = (uid: string, value: string) => {
    const { [uid]: _dropped, ...rest } = assignments;
    onChange(value === SKIP ? rest : { ...rest, [uid]: Number(value) });
  };

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Events with no client: choose one, or they are left out</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">When</th>
            <th scope="col">Client</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            // Likely clients first, then everyone else.
            const others = (clients.data ?? []).filter((c) => !event.candidates.some((candidate) => candidate.id === c.id));
            const choices: Choice<string>[] = [
              { id: SKIP, label: 'Leave out' },
              ...event.candidates.map((c) => ({ id: String(c.id), label: c.name, hint: '(likely)' })),
              ...others.map((c) => ({ id: String(c.id), label: c.name })),
            ];
            return (
              <tr key={event.uid}>
                <th scope="row">
                  {event.summary}
                  {event.location && <span className="muted"> · {event.location}</span>}
                </th>
                <td>
                  {format.instant(event.firstStart)}
                  {event.occurrences > 1 && <span className="muted"> and {event.occurrences - 1} more</span>}
                </td>
                <td>
                  <SelectField
                    className="label-hidden"
                    label={`Client for “${event.summary}”`}
                    value={assignments[event.uid] === undefined ? SKIP : String(assignments[event.uid])}
                    onChange={(value) => choose(event.uid, value)}
                    choices={choices}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
