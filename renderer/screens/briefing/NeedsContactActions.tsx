import { useId, useState } from 'react';
import type { Item } from '../../../src/briefing/items.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

/**
 * For a promise whose person has died or left ("needs another contact"): ask someone else at
 * the client, picked from the people who are there now, or close it. Never "Ring Tom".
 */
export function NeedsContactActions({ item }: { item: Item }) {
  const pickId = useId();
  const followUpId = item.about.find((a) => a.type === 'follow-up')?.id;
  const clientId = item.about.find((a) => a.type === 'client')?.id;
  const gone = new Set(item.about.filter((a) => a.type === 'person').map((a) => a.id));
  const roles = useChannel('roles:listForClient', { clientId: clientId ?? 0 }, { enabled: clientId !== undefined });
  const [personId, setPersonId] = useState<number | null>(null);
  const [done, setDone] = useState('');
  const reassign = useChannelMutation('followUps:reassign', { onSuccess: (f) => setDone(`Now with ${roles.data?.find((r) => r.personId === f.personId)?.person.displayName ?? 'them'}.`) });
  const close = useChannelMutation('followUps:done', { onSuccess: () => setDone('Closed.') });
  if (followUpId === undefined || clientId === undefined) return null;
  if (done) {
    return (
      <p role="status" className="ok">
        {done}
      </p>
    );
  }
  const people = [...new Map((roles.data ?? []).filter((r) => r.active && r.person.diedOn === null && !gone.has(r.personId)).map((r) => [r.personId, r.person])).values()];
  return (
    <div className="needs-contact-actions">
      <label htmlFor={pickId}>Ask someone else</label>
      <select id={pickId} value={personId ?? ''} onChange={(e) => setPersonId(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">Choose who…</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName}
          </option>
        ))}
      </select>
      <button type="button" disabled={personId === null || reassign.isPending} onClick={() => personId !== null && reassign.mutate({ id: followUpId, personId })}>
        Ask them instead
      </button>
      <button type="button" className="quiet" disabled={close.isPending} onClick={() => close.mutate({ id: followUpId, done: true, outcome: 'Closed: the person it was for had died or left.' })}>
        Close it
      </button>
      <ErrorMessage error={reassign.error ?? close.error ?? roles.error} />
    </div>
  );
}
