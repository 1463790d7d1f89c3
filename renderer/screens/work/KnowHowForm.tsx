import { useState, type FormEvent } from 'react';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useDraft } from '../../drafts/useDraft.ts';
import type { Person } from '../../../src/contract/schemas/people.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { FormError } from '../../components/ErrorMessage.tsx';
import { SelectField, TextInput } from '../../components/fields.tsx';

const NOBODY = 'none';

/** Write down a question they asked and the answer you gave, for next time. */
export function KnowHowForm({ clientId, personId, people = [] }: { clientId?: number; personId?: number; people?: readonly Person[] }) {
  const draft = useDraft(`know-how:new:${clientId ?? ''}:${personId ?? ''}`, () => ({ question: '', answer: '', asker: personId ? String(personId) : NOBODY }));
  const { question, answer, asker } = draft.value;
  const [added, setAdded] = useState('');
  const create = useChannelMutation('knowHow:create', {
    onSuccess: (k) => {
      setAdded(`Saved: ${k.question}`);
      draft.discard();
    },
  });
  const errors = fieldErrors(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded('');
    create.mutate({ clientId: clientId ?? null, personId: asker === NOBODY ? null : Number(asker), question, answer });
  };

  return (
    <form onSubmit={submit} className="stack" aria-label="Add know-how" noValidate>
      <DraftNotice draft={draft} />
      <TextInput label="Question they asked" value={question} onChange={(v) => draft.set({ question: v })} error={errors.question} placeholder="e.g. How do I scan to e-mail?" />
      <TextInput label="Your answer" value={answer} onChange={(v) => draft.set({ answer: v })} multiline rows={3} error={errors.answer} />
      {people.length > 0 && !personId && (
        <SelectField label="Who asked" value={asker} onChange={(v) => draft.set({ asker: v })} choices={[{ id: NOBODY, label: 'Someone at the client' }, ...people.map((p) => ({ id: String(p.id), label: p.displayName }))]} />
      )}
      <FormError error={create.error} shown={['question', 'answer']} />
      {added && (
        <p role="status" className="ok">
          {added}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Saving…' : 'Save know-how'}
        </button>
      </div>
    </form>
  );
}
