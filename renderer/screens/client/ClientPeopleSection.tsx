import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import type { PersonWithRole } from '../../../src/contract/channels.ts';
import { paths } from '../../app/paths.ts';
import { AddMore } from '../../components/AddMore.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ROLE_LABEL } from '../../components/labels.ts';
import { Section } from '../../components/Section.tsx';
import { hasDraft } from '../../drafts/useDraft.ts';
import { useFormat } from '../../settings/format.ts';

// Loaded when first opened, as the client page's other forms and dialogs are.
const AddPersonForm = lazy(async () => ({ default: (await import('./AddPersonForm.tsx')).AddPersonForm }));
const RoleDialog = lazy(async () => ({ default: (await import('../roles/RoleDialog.tsx')).RoleDialog }));

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
      <AddMore summary="Add a person" open={people?.length === 0 || hasDraft(`client:${clientId}:add-person`)}>
        <AddPersonForm clientId={clientId} />
      </AddMore>
      {editing && (
        <Suspense fallback={null}>
          <RoleDialog role={editing} personName={editing.person.displayName} clientName={clientName} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </Section>
  );
}
