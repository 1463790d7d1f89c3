import { useRef, useState, type FormEvent } from 'react';
import { ROLE_KINDS, type RoleKind } from '../../../src/contract/schemas/people.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { FormError } from '../../components/ErrorMessage.tsx';
import { SelectField, TextInput } from '../../components/fields.tsx';
import { ROLE_LABEL } from '../../components/labels.ts';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useDraft } from '../../drafts/useDraft.ts';

/** A client's "Add a person": their name and role in one go, one person after another. */
export function AddPersonForm({ clientId }: { clientId: number }) {
  const draft = useDraft(`client:${clientId}:add-person`, () => ({ givenName: '', familyName: '', role: 'staff' as RoleKind }));
  const { givenName, familyName, role } = draft.value;
  const formRef = useRef<HTMLFormElement>(null);
  const [added, setAdded] = useState('');
  const add = useChannelMutation('people:create', {
    onSuccess: (person) => {
      setAdded(`${person.displayName} added.`);
      // Every field starts again, the role too: the next person is rarely another owner.
      draft.discard();
      formRef.current?.querySelector('input')?.focus();
    },
  });
  const errors = fieldErrors(add.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded('');
    add.mutate({ givenName, familyName, clientId, role });
  };

  return (
    <form ref={formRef} onSubmit={submit} className="stack" aria-label="Add a person" noValidate>
      <DraftNotice draft={draft} />
      <div className="form-grid">
        <TextInput label="First name" value={givenName} onChange={(v) => draft.set({ givenName: v })} error={errors.givenName} />
        <TextInput label="Family name" value={familyName} onChange={(v) => draft.set({ familyName: v })} error={errors.familyName} />
        <SelectField<RoleKind> label="Role" value={role} onChange={(v) => draft.set({ role: v })} choices={ROLE_KINDS.map((r) => ({ id: r, label: ROLE_LABEL[r] }))} />
      </div>
      <FormError error={add.error} shown={['givenName', 'familyName']} />
      {added && (
        <p role="status" className="ok">
          {added}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add person'}
        </button>
      </div>
    </form>
  );
}
