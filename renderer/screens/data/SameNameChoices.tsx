import type { ImportRecord } from '../../../src/contract/schemas/transfer.ts';

/** The answer that keeps the contact apart: the default, since a wrong merge mixes up two people. */
const NEW = 'new';

interface SameNameChoicesProps {
  /** Contacts whose name alone matches saved people. */
  records: readonly ImportRecord[];
  /** Line → the person chosen to merge into. */
  merges: Record<string, number>;
  onChange(merges: Record<string, number>): void;
}

/**
 * "Maybe the same as Sue Baker (Smith Dental)?": a name alone never merges, so for each such
 * contact the user picks merge into that person or add as someone new (the default).
 */
export function SameNameChoices({ records, merges, onChange }: SameNameChoicesProps) {
  if (records.length === 0) return null;
  const choose = (line: number, value: string) => {
    const { [String(line)]: _dropped, ...rest } = merges;
    onChange(value === NEW ? rest : { ...rest, [String(line)]: Number(value) });
  };
  const who = (m: { name: string; client: string | null }) => (m.client ? `${m.name} (${m.client})` : m.name);

  return (
    <section className="card same-name" aria-labelledby="same-name-heading">
      <h3 id="same-name-heading">Same name as someone you have</h3>
      <p className="muted">Only the name agrees, so nothing is merged unless you say so.</p>
      {records.map((record) => {
        const line = record.line ?? 0;
        const chosen = merges[String(line)];
        const maybe = record.maybe ?? [];
        return (
          <fieldset key={line} className="same-name-choice">
            <legend>
              {record.label} (line {line}): maybe the same as {maybe.map(who).join(' or ')}?
            </legend>
            <label className="check">
              <input type="radio" name={`same-name-${line}`} value={NEW} checked={chosen === undefined} onChange={() => choose(line, NEW)} />
              Add {record.label} as someone new
            </label>
            {maybe.map((m) => (
              <label key={m.id} className="check">
                <input type="radio" name={`same-name-${line}`} value={m.id} checked={chosen === m.id} onChange={() => choose(line, String(m.id))} />
                Merge into {who(m)}
              </label>
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}
