import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { MomentPicker } from '../../components/date-fields.tsx';
import { FormError } from '../../components/ErrorMessage.tsx';
import { TextInput } from '../../components/fields.tsx';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useDraft } from '../../drafts/useDraft.ts';

const EMPTY = { summary: '', impact: '', cause: '', prevention: '' };

/** Record what broke and why; the form keeps everything typed if saving fails. */
export function IncidentForm({ clientId }: { clientId: number }) {
  const draft = useDraft(`incident:new:client:${clientId}`, () => ({ ...EMPTY, startedAt: new Date().toISOString() as string | null, explained: false }));
  const { startedAt, explained, ...fields } = draft.value;
  const setStartedAt = (v: string | null) => draft.set({ startedAt: v });
  const setExplained = (v: boolean) => draft.set({ explained: v });
  const [added, setAdded] = useState('');
  const create = useChannelMutation('incidents:create', {
    onSuccess: (incident) => {
      setAdded(`Recorded: ${incident.summary}.`);
      draft.discard();
    },
  });
  const errors = fieldErrors(create.error);
  const set = (key: keyof typeof EMPTY) => (value: string) => draft.set({ [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded('');
    create.mutate({ clientId, startedAt: startedAt ?? new Date().toISOString(), ...fields, explainedAt: explained ? new Date().toISOString() : null });
  };

  return (
    <form onSubmit={submit} className="stack" aria-label="Record an incident" noValidate>
      <DraftNotice draft={draft} />
      <TextInput label="What broke" value={fields.summary} onChange={set('summary')} error={errors.summary} placeholder="e.g. Backup drive full" />
      <MomentPicker label="When it started" value={startedAt} onChange={setStartedAt} error={errors.startedAt} />
      <TextInput label="Impact" value={fields.impact} onChange={set('impact')} multiline rows={2} error={errors.impact} />
      <TextInput label="Why it happened" value={fields.cause} onChange={set('cause')} multiline rows={2} error={errors.cause} />
      <TextInput label="What was done so it does not happen again" value={fields.prevention} onChange={set('prevention')} multiline rows={2} error={errors.prevention} />
      <label className="check">
        <input type="checkbox" checked={explained} onChange={(e) => setExplained(e.target.checked)} />
        Already explained to the client
      </label>
      <FormError error={create.error} shown={['summary', 'startedAt', 'impact', 'cause', 'prevention']} />
      {added && (
        <p role="status" className="ok">
          {added}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Saving…' : 'Save incident'}
        </button>
      </div>
    </form>
  );
}
