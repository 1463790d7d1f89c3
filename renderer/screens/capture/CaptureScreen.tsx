import { useEffect, useState } from 'react';
import type { Person } from '../../../src/contract/schemas/people.ts';
import { useChannel } from '../../api/hooks.ts';
import { PersonComboBox } from '../../components/PersonComboBox.tsx';
import { QuickAddEvent } from '../visits/QuickAddEvent.tsx';
import { ContactLogForm } from '../contacts/ContactLogForm.tsx';
import './capture.css';

/**
 * The desktop's quick-capture window (global shortcut or "Quick note…" in the tray): pick the
 * person, then say the news in one line (the same reading as the visit log's quick add), or log
 * the call or message that just ended.
 */
export function CaptureScreen() {
  const [person, setPerson] = useState<Person | null>(null);
  const [what, setWhat] = useState<'news' | 'contact'>('news');
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
          <fieldset className="choice-row">
            <legend>What to note</legend>
            <label>
              <input type="radio" name="capture-what" checked={what === 'news'} onChange={() => setWhat('news')} />
              Their news
            </label>
            <label>
              <input type="radio" name="capture-what" checked={what === 'contact'} onChange={() => setWhat('contact')} />
              A call or message
            </label>
          </fieldset>
          {roles.isPending ? (
            <p role="status">Loading…</p>
          ) : what === 'news' ? (
            <QuickAddEvent key={person.id} clientId={roles.data?.[0]?.clientId ?? 0} people={[person]} defaultPersonIds={[person.id]} />
          ) : (
            <ContactLogForm key={person.id} personId={person.id} clients={[...new Map((roles.data ?? []).map((r) => [r.clientId, { id: r.clientId, label: r.client.name }])).values()]} />
          )}
        </>
      )}
    </main>
  );
}
