import type { FormEvent } from 'react';
import { CLIENT_KINDS, type Client, type ClientKind } from '../../../src/contract/schemas/clients.ts';
import type { ContactDetails } from '../../../src/contract/schemas/contact-details.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { AppDialog } from '../../components/AppDialog.tsx';
import { ContactDetailsFields, detailErrorPaths, detailsInput, rowsOf } from '../../components/ContactDetailsFields.tsx';
import { FormError } from '../../components/ErrorMessage.tsx';
import { TextInput } from '../../components/fields.tsx';
import { CLIENT_KIND_LABEL, CONTACT_KIND_LABEL } from '../../components/labels.ts';
import { CONTACT_KINDS, type ContactKind } from '../../../src/contract/schemas/contacts.ts';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { clientDraftKey } from '../../drafts/draft-keys.ts';
import { useDraft } from '../../drafts/useDraft.ts';

const TEXT_FIELDS = ['name', 'address', 'accessHours', 'parking', 'askFor', 'siteNotes', 'notes'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Contact details, site logistics and the usual rhythm of visits. */
export function ClientDetailsDialog({ client, details, isOpen, onOpenChange }: { client: Client; details: ContactDetails; isOpen: boolean; onOpenChange(open: boolean): void }) {
  const draft = useDraft(clientDraftKey(client.id), () => ({
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, client[f] ?? ''])) as Record<TextField, string>),
    kind: client.kind as ClientKind,
    phones: rowsOf(details.phones, client.phone),
    emails: rowsOf(details.emails, client.email),
    rhythmWeeks: client.rhythmDays ? String(Math.round((client.rhythmDays / 7) * 10) / 10) : '',
    // Which calls and messages count as seeing the client (all of them unless changed).
    countsKinds: (client.rhythmContactKinds ?? [...CONTACT_KINDS]).join(','),
  }));
  const { kind, rhythmWeeks, countsKinds, phones, emails, ...text } = draft.value;
  const counted = countsKinds === '' ? [] : (countsKinds.split(',') as ContactKind[]);
  const toggleKind = (k: ContactKind, on: boolean) => draft.set({ countsKinds: CONTACT_KINDS.filter((c) => (c === k ? on : counted.includes(c))).join(',') });
  const setKind = (v: ClientKind) => draft.set({ kind: v });
  const setRhythmWeeks = (v: string) => draft.set({ rhythmWeeks: v });
  const close = (open: boolean) => {
    // Closing on purpose throws the changes away; a reload or a crash keeps them.
    if (!open) draft.discard();
    onOpenChange(open);
  };
  const save = useChannelMutation('clients:update', {
    onSuccess: () => {
      draft.clear();
      onOpenChange(false);
    },
  });
  const errors = fieldErrors(save.error);
  const set = (key: TextField) => (value: string) => draft.set({ [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const weeks = rhythmWeeks.trim() === '' ? null : Number(rhythmWeeks);
    save.mutate({
      id: client.id,
      ...text,
      kind,
      phones: detailsInput(phones),
      emails: detailsInput(emails),
      rhythmDays: weeks === null || Number.isNaN(weeks) ? null : Math.round(weeks * 7),
      rhythmContactKinds: counted.length === CONTACT_KINDS.length ? null : counted,
    });
  };

  return (
    <AppDialog title={`Edit ${client.name}`} isOpen={isOpen} onOpenChange={close} className="wide">
      <form onSubmit={submit} className="stack" noValidate>
        <DraftNotice draft={draft} />
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
        <ContactDetailsFields kind="phone" name="phones" rows={phones} onChange={(rows) => draft.set({ phones: rows })} errors={errors} />
        <ContactDetailsFields kind="email" name="emails" rows={emails} onChange={(rows) => draft.set({ emails: rows })} errors={errors} />
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
        <fieldset className="choice-row">
          <legend>Besides visits, these reset the rhythm</legend>
          {CONTACT_KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={counted.includes(k)} onChange={(e) => toggleKind(k, e.target.checked)} />
              {CONTACT_KIND_LABEL[k]}
            </label>
          ))}
        </fieldset>
        <TextInput label="Notes" value={text.notes} onChange={set('notes')} multiline rows={3} error={errors.notes} />
        <FormError error={save.error} shown={[...TEXT_FIELDS, 'rhythmDays', 'rhythmContactKinds', ...detailErrorPaths('phones', phones), ...detailErrorPaths('emails', emails)]} />
        <div className="dialog-actions">
          <button type="button" onClick={() => close(false)}>
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
