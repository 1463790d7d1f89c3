import type { Contact } from '../../../src/contract/schemas/contacts.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { CONTACT_KIND_LABEL } from '../../components/labels.ts';
import { useFormat } from '../../settings/format.ts';

/** Calls, e-mails, messages and remote sessions, newest first, each with what was promised. */
export function ContactsList({ contacts, label, show }: { contacts: readonly Contact[]; label: string; show: 'person' | 'client' }) {
  const format = useFormat();
  const trash = useChannelMutation('contacts:delete');
  if (contacts.length === 0) return <p className="muted">No calls, e-mails or messages logged yet.</p>;
  return (
    <ol className="timeline" aria-label={label}>
      {contacts.map((c) => (
        <li key={c.id} className="timeline-item">
          <p className="timeline-when">{format.instant(c.occurredAt)}</p>
          <div className="timeline-body">
            <p className="item-title">
              <span className="badge">{CONTACT_KIND_LABEL[c.kind]}</span> {show === 'person' ? (c.personName ?? 'The client in general') : c.clientName}
            </p>
            <p className="item-text">{c.summary}</p>
            {c.promised && <p className="item-text">Promised: {c.promised}</p>}
            <p className="link-row">
              <button type="button" className="link-button" onClick={() => trash.mutate({ id: c.id })} aria-label={`Move to trash: the ${CONTACT_KIND_LABEL[c.kind].toLowerCase()} of ${format.instant(c.occurredAt)}`}>
                Move to trash
              </button>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
