import { useState, type FormEvent } from 'react';
import { CLIENT_KINDS, type Client, type ClientKind } from '../../../src/contract/schemas/clients.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { AppDialog } from '../../components/AppDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextInput } from '../../components/fields.tsx';
import { CLIENT_KIND_LABEL } from '../../components/labels.ts';

const TEXT_FIELDS = ['name', 'phone', 'email', 'address', 'accessHours', 'parking', 'askFor', 'siteNotes', 'notes'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Contact details, site logistics and the usual rhythm of visits. */
export function ClientDetailsDialog({ client, isOpen, onOpenChange }: { client: Client; isOpen: boolean; onOpenChange(open: boolean): void }) {
  const [text, setText] = useState<Record<TextField, string>>(() => Object.fromEntries(TEXT_FIELDS.map((f) => [f, client[f] ?? ''])) as Record<TextField, string>);
  const [kind, setKind] = useState<ClientKind>(client.kind);
  const [rhythmWeeks, setRhythmWeeks] = useState(client.rhythmDays ? String(Math.round((client.rhythmDays / 7) * 10) / 10) : '');
  const save = useChannelMutation('clients:update', { onSuccess: () => onOpenChange(false) });
  const errors = fieldErrors(save.error);
  const set = (key: TextField) => (value: string) => setText((t) => ({ ...t, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const weeks = rhythmWeeks.trim() === '' ? null : Number(rhythmWeeks);
    save.mutate({ id: client.id, ...text, kind, rhythmDays: weeks === null || Number.isNaN(weeks) ? null : Math.round(weeks * 7) });
  };

  return (
    <AppDialog title={`Edit ${client.name}`} isOpen={isOpen} onOpenChange={onOpenChange} className="wide">
      <form onSubmit={submit} className="stack" noValidate>
        <TextInput label="Name" value={text.name} onChange={set('name')} error={errors.name} />
        <fieldset className="choice-row">
          <legend>Kind</legend>
          {CLIENT_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name="client-kind" checked={kind === k} onChange={() => setKind(k)} />
              {CLIENT_KIND_LABEL[k]}
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          <TextInput label="Phone" type="tel" value={text.phone} onChange={set('phone')} error={errors.phone} />
          <TextInput label="E-mail" type="email" value={text.email} onChange={set('email')} error={errors.email} />
        </div>
        <TextInput label="Address" value={text.address} onChange={set('address')} multiline rows={2} error={errors.address} />
        <h3 className="subheading">Site logistics</h3>
        <div className="form-grid">
          <TextInput label="Access hours" value={text.accessHours} onChange={set('accessHours')} placeholder="Mon–Fri 8–5" error={errors.accessHours} />
          <TextInput label="Ask for" value={text.askFor} onChange={set('askFor')} placeholder="Sue at reception" error={errors.askFor} />
        </div>
        <TextInput label="Parking" value={text.parking} onChange={set('parking')} placeholder="Pay and display behind the church" error={errors.parking} />
        <TextInput label="Site notes" value={text.siteNotes} onChange={set('siteNotes')} multiline rows={2} placeholder="Server in the cupboard under the stairs" error={errors.siteNotes} />
        <TextInput
          label="Usual visit rhythm, in weeks"
          type="number"
          value={rhythmWeeks}
          onChange={setRhythmWeeks}
          description="Leave empty if there is no regular rhythm."
          error={errors.rhythmDays}
          className="short"
        />
        <TextInput label="Notes" value={text.notes} onChange={set('notes')} multiline rows={3} error={errors.notes} />
        <ErrorMessage error={save.error} />
        <div className="dialog-actions">
          <button type="button" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}
