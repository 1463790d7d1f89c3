import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ROLE_KINDS, type RoleKind } from '../../../src/contract/schemas/people.ts';
import type { PersonWithRole } from '../../../src/contract/channels.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage, FormError } from '../../components/ErrorMessage.tsx';
import { SelectField, TextInput } from '../../components/fields.tsx';
import { ROLE_LABEL } from '../../components/labels.ts';
import { Section } from '../../components/Section.tsx';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useDraft } from '../../drafts/useDraft.ts';
import { useFormat } from '../../settings/format.ts';
import { RoleDialog } from '../roles/RoleDialog.tsx';

/** Who you deal with at the client, and their role; add someone with their role in one go. */
export function ClientPeopleSection({ clientId, clientName, people, error }: { clientId: number; clientName: string; people: readonly PersonWithRole[] | undefined; error: unknown }) {
  const format = useFormat();
  const [editing, setEditing] = useState<PersonWithRole | null>(null);
  const current = (people ?? []).filter((p) => p.active);
  const former = (people ?? []).filter((p) => !p.active);
  return (
    <Section title="People">
      <ErrorMessage error={error} />
      {current.length > 0 ? (
        <ul className="item-list" aria-label="People at this client">
          {current.map((r) => (
            <li key={r.id} className="item">
              <div className="item-main">
                <p className="item-title">
                  <Link to={paths.person(r.personId)}>{r.person.displayName}</Link> <span className="muted">{r.title ?? ROLE_LABEL[r.role]}</span>
                  {r.person.diedOn && <span className="badge grief">Died {format.date(r.person.diedOn)}</span>}
                </p>
              </div>
              <div className="item-actions">
                <button type="button" onClick={() => setEditing(r)} aria-label={`Edit or end ${r.person.displayName}’s role`}>
                  Edit or end…
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        people && <p className="muted">Nobody yet. Add the people you deal with here.</p>
      )}
      {former.length > 0 && (
        <p className="muted">
          Before:{' '}
          {former.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <Link to={paths.person(r.personId)}>{r.person.displayName}</Link> ({ROLE_LABEL[r.role].toLowerCase()}
              {r.until && `, until ${format.date(r.until)}`}){' '}
              <button type="button" className="link-button" onClick={() => setEditing(r)} aria-label={`Edit ${r.person.displayName}’s former role`}>
                edit
              </button>
            </span>
          ))}
        </p>
      )}
      <details className="add-more" open={people?.length === 0}>
        <summary>Add a person</summary>
        <AddPersonForm clientId={clientId} />
      </details>
      {editing && <RoleDialog role={editing} personName={editing.person.displayName} clientName={clientName} onClose={() => setEditing(null)} />}
    </Section>
  );
}

function AddPersonForm({ clientId }: { clientId: number }) {
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
