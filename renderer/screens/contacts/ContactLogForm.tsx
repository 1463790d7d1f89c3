import { useState, type FormEvent } from 'react';
import { CONTACT_KINDS, type ContactKind } from '../../../src/contract/schemas/contacts.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { MomentPicker } from '../../components/date-fields.tsx';
import { FormError } from '../../components/ErrorMessage.tsx';
import { SelectField, TextInput } from '../../components/fields.tsx';
import { CONTACT_KIND_LABEL } from '../../components/labels.ts';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useDraft } from '../../drafts/useDraft.ts';
import { useFormat } from '../../settings/format.ts';

const NOBODY = 'none';

interface Choice {
  id: number;
  label: string;
}

const emptyDraft = () => ({
  kind: 'call' as ContactKind,
  occurredAt: null as string | null,
  personId: NOBODY,
  clientId: '',
  summary: '',
  promised: '',
  followUp: false,
  followUpDueAt: null as string | null,
});

/**
 * Log a call, an e-mail, a message or a remote session in seconds: with whom, when (now unless
 * changed), what about and what was promised, and a follow-up for the promise if wanted. From
 * a client's page (`clientId` fixed, a person to choose) or a person's page (`personId` fixed,
 * their client to choose). What was typed survives a reload until it is saved or discarded.
 */
export function ContactLogForm({ clientId, personId, people = [], clients = [] }: { clientId?: number; personId?: number; people?: readonly Choice[]; clients?: readonly Choice[] }) {
  const format = useFormat();
  const kept = useDraft(`contact:new:${clientId === undefined ? `person:${personId}` : `client:${clientId}`}`, emptyDraft);
  const draft = kept.value;
  const [logged, setLogged] = useState('');
  const create = useChannelMutation('contacts:create', {
    onSuccess: ({ contact, followUpId }) => {
      setLogged(`Logged: ${CONTACT_KIND_LABEL[contact.kind].toLowerCase()} with ${contact.personName ?? contact.clientName}, ${format.instant(contact.occurredAt)}${followUpId === null ? '' : ', with a follow-up for the promise'}.`);
      kept.discard();
    },
  });
  const chosenClient = clientId ?? (draft.clientId === '' ? clients[0]?.id : Number(draft.clientId));

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (chosenClient === undefined) return;
    setLogged('');
    create.mutate({
      clientId: chosenClient,
      personId: personId ?? (draft.personId === NOBODY ? null : Number(draft.personId)),
      kind: draft.kind,
      // Now, unless the user said when: a call logged as it ends.
      occurredAt: draft.occurredAt ?? new Date().toISOString(),
      summary: draft.summary,
      promised: draft.promised,
      ...(draft.followUp && draft.followUpDueAt ? { followUp: { dueAt: draft.followUpDueAt, kind: 'call' as const } } : {}),
    });
  };

  const errors = fieldErrors(create.error);
  if (clientId === undefined && clients.length === 0) return <p className="muted">Give them a role at a client first: a call is logged with a client.</p>;
  return (
    <form className="quick-add" onSubmit={save} aria-label="Log a call or message">
      <DraftNotice draft={kept} />
      <div className="form-grid">
        <SelectField<ContactKind> label="Kind" value={draft.kind} onChange={(kind) => kept.set({ kind })} choices={CONTACT_KINDS.map((k) => ({ id: k, label: CONTACT_KIND_LABEL[k] }))} />
        {clientId === undefined ? (
          <SelectField label="Client" value={String(chosenClient)} onChange={(id) => kept.set({ clientId: id })} choices={clients.map((c) => ({ id: String(c.id), label: c.label }))} />
        ) : (
          personId === undefined && (
            <SelectField label="With" value={draft.personId} onChange={(id) => kept.set({ personId: id })} choices={[{ id: NOBODY, label: 'The client in general' }, ...people.map((p) => ({ id: String(p.id), label: p.label }))]} />
          )
        )}
        <MomentPicker label="When (empty: now)" value={draft.occurredAt} onChange={(occurredAt) => kept.set({ occurredAt })} error={errors.occurredAt} />
      </div>
      <TextInput label="What about" value={draft.summary} onChange={(summary) => kept.set({ summary })} placeholder="Printer jams again" error={errors.summary} isRequired />
      <TextInput label="What you promised (optional)" value={draft.promised} onChange={(promised) => kept.set({ promised })} placeholder="Send a quote for a new printer" error={errors.promised} />
      <label className="check">
        <input type="checkbox" checked={draft.followUp} onChange={(e) => kept.set({ followUp: e.target.checked })} />
        Make a follow-up for it
      </label>
      {draft.followUp && <MomentPicker label="Follow up on" value={draft.followUpDueAt} onChange={(followUpDueAt) => kept.set({ followUpDueAt })} error={errors['followUp.dueAt']} />}
      <FormError error={create.error} shown={['summary', 'occurredAt', 'promised', 'followUp.dueAt']} />
      {logged && (
        <p role="status" className="ok">
          {logged}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={create.isPending || draft.summary.trim() === '' || (draft.followUp && !draft.followUpDueAt)}>
          {create.isPending ? 'Saving…' : 'Log it'}
        </button>
      </div>
    </form>
  );
}
