import { X } from 'lucide-react';
import { useChannel } from '../../api/hooks.ts';
import { PersonComboBox } from '../../components/PersonComboBox.tsx';

/** The people an event is about: chosen ones as removable chips, more added by name. */
export function PeopleChooser({ value, onChange, error }: { value: readonly number[]; onChange(ids: number[]): void; error?: string | undefined }) {
  const people = useChannel('people:list', {});
  const nameOf = (id: number) => people.data?.find((p) => p.id === id)?.displayName ?? `Person ${id}`;
  return (
    <fieldset className="people-chooser">
      <legend>Who it is about</legend>
      {value.length > 0 ? (
        <ul className="chips" aria-label="Chosen people">
          {value.map((id) => (
            <li key={id} className="chip">
              {nameOf(id)}
              <button type="button" className="chip-remove" onClick={() => onChange(value.filter((v) => v !== id))} aria-label={`Remove ${nameOf(id)}`}>
                <X aria-hidden size={14} />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nobody chosen yet.</p>
      )}
      <PersonComboBox label="Add a person" onSelect={(p) => onChange([...value, p.id])} excludeIds={value} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
