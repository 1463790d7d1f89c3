import { useEffect, useState } from 'react';
import type { Person } from '../../../src/contract/schemas/people.ts';
import { useChannel } from '../../api/hooks.ts';
import { PersonComboBox } from '../../components/PersonComboBox.tsx';
import { QuickAddEvent } from '../visits/QuickAddEvent.tsx';
import './capture.css';

/**
 * The desktop's quick-capture window (global shortcut or "Quick note…" in the tray): pick the
 * person, say the news in one line, check what was understood, save. The same reading as the
 * visit log's quick add.
 */
export function CaptureScreen() {
  const [person, setPerson] = useState<Person | null>(null);
  const roles = useChannel('roles:listForPerson', { personId: person?.id ?? 0 }, { enabled: person !== null });

  useEffect(() => {
    // Escape puts the window away; the next shortcut press brings a fresh one.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) window.close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main className="capture" aria-labelledby="capture-title">
      <h1 id="capture-title">Quick note</h1>
      {person === null ? (
        <PersonComboBox label="Who is it about?" onSelect={setPerson} description="Type part of their name." />
      ) : (
        <>
          <p className="capture-person">
            About <strong>{person.displayName}</strong>{' '}
            <button type="button" className="link-button" onClick={() => setPerson(null)}>
              Someone else
            </button>
          </p>
          {roles.isPending ? (
            <p role="status">Loading…</p>
          ) : (
            <QuickAddEvent key={person.id} clientId={roles.data?.[0]?.clientId ?? 0} people={[person]} defaultPersonIds={[person.id]} />
          )}
        </>
      )}
    </main>
  );
}
