import { useState, type FormEvent } from 'react';
import type { Person, RelationshipRole } from '../../../src/contract/schemas/people.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { DayPicker } from '../../components/date-fields.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextInput } from '../../components/fields.tsx';
import { RELATION_LABEL } from '../../components/labels.ts';
import { PersonComboBox } from '../../components/PersonComboBox.tsx';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useDraft } from '../../drafts/useDraft.ts';

/** "Add grandchild": someone new by name, or someone already in Ask After, and since when. */
export function AddRelativeForm({ person, relation, onDone }: { person: Person; relation: RelationshipRole; onDone(): void }) {
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const draft = useDraft(`person:${person.id}:add-${relation}`, () => ({ givenName: '', familyName: '', since: null as string | null }));
  const { givenName, familyName, since } = draft.value;
  const [existing, setExisting] = useState<Person | null>(null);
  const add = useChannelMutation('people:addRelative', {
    onSuccess: () => {
      draft.clear();
      onDone();
    },
  });
  const cancel = () => {
    draft.discard();
    onDone();
  };
  const errors = fieldErrors(add.error);
  const label = RELATION_LABEL[relation].toLowerCase();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'existing' && !existing) return;
    add.mutate({
      personId: person.id,
      relativeIs: relation,
      relative: mode === 'existing' && existing ? { existingId: existing.id } : { givenName, familyName },
      since,
    });
  };

  return (
    <form onSubmit={submit} className="confirm-card" aria-label={`Add ${person.displayName}’s ${label}`} noValidate>
      <h3 className="subheading">
        Add {person.displayName}’s {label}
      </h3>
      <DraftNotice draft={draft} />
      <fieldset className="choice-row">
        <legend>Who is it?</legend>
        <label>
          <input type="radio" name="relative-mode" checked={mode === 'new'} onChange={() => setMode('new')} />
          Someone new
        </label>
        <label>
          <input type="radio" name="relative-mode" checked={mode === 'existing'} onChange={() => setMode('existing')} />
          Someone already in Ask After
        </label>
      </fieldset>
      {mode === 'new' ? (
        <div className="form-grid">
          <TextInput label={`${RELATION_LABEL[relation]}’s first name`} value={givenName} onChange={(v) => draft.set({ givenName: v })} error={errors['relative.givenName'] ?? errors.givenName} autoFocus />
          <TextInput label="Family name (optional)" value={familyName} onChange={(v) => draft.set({ familyName: v })} error={errors['relative.familyName']} />
        </div>
      ) : existing ? (
        <p>
          <strong>{existing.displayName}</strong>{' '}
          <button type="button" className="link-button" onClick={() => setExisting(null)}>
            Choose someone else
          </button>
        </p>
      ) : (
        <PersonComboBox label="Find them" onSelect={setExisting} excludeIds={[person.id]} />
      )}
      <DayPicker
        label={relation === 'partner' || relation === 'spouse' ? 'Together since (optional)' : 'Since (optional)'}
        value={since}
        onChange={(v) => draft.set({ since: v })}
        error={errors.since}
        description={relation === 'spouse' ? 'The wedding day, if you know it.' : undefined}
      />
      <ErrorMessage error={add.error} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={add.isPending || (mode === 'existing' && !existing)}>
          {add.isPending ? 'Adding…' : `Add ${label}`}
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
