import { ChevronDown, UserPlus } from 'lucide-react';
import { lazy, Suspense, useRef, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Link } from 'react-router';
import type { Person, RelationshipRole, RelativeView } from '../../../src/contract/schemas/people.ts';
import { useChannel } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { RELATION_LABEL } from '../../components/labels.ts';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../settings/format.ts';

// Loaded when first asked for: their date fields and person picker are most of this section's code.
const AddRelativeForm = lazy(async () => ({ default: (await import('./AddRelativeForm.tsx')).AddRelativeForm }));
const EndRelationshipDialog = lazy(async () => ({ default: (await import('./EndRelationshipDialog.tsx')).EndRelationshipDialog }));

const RELATIONS: readonly RelationshipRole[] = ['partner', 'spouse', 'child', 'grandchild', 'parent', 'grandparent', 'sibling', 'friend', 'colleague', 'other'];
const ENDABLE: readonly RelationshipRole[] = ['partner', 'spouse'];

/** Family and friends: who they are to this person, and "add grandchild → Lily" in two steps. */
export function RelativesSection({ person }: { person: Person }) {
  const relatives = useChannel('people:relatives', { id: person.id });
  const [adding, setAdding] = useState<RelationshipRole | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const doneAdding = () => {
    setAdding(null);
    // The form and its button are gone: focus goes back to where adding started, not to the page body.
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const current = (relatives.data ?? []).filter((r) => r.relationship.current);
  const past = (relatives.data ?? []).filter((r) => !r.relationship.current);

  return (
    <Section
      title="Family and friends"
      actions={
        <MenuTrigger>
          <Button className="button" ref={addButton}>
            <UserPlus aria-hidden size={16} /> Add a relative <ChevronDown aria-hidden size={14} />
          </Button>
          <Popover className="popover">
            <Menu className="menu" onAction={(key) => setAdding(key as RelationshipRole)}>
              {RELATIONS.map((r) => (
                <MenuItem key={r} id={r} className="menu-item">
                  {RELATION_LABEL[r]}
                </MenuItem>
              ))}
            </Menu>
          </Popover>
        </MenuTrigger>
      }
    >
      {adding && (
        <Suspense fallback={<p className="muted">Loading the form…</p>}>
          <AddRelativeForm person={person} relation={adding} onDone={doneAdding} />
        </Suspense>
      )}
      {relatives.isPending ? (
        <p role="status">Loading relatives…</p>
      ) : relatives.isError ? (
        <ErrorMessage error={relatives.error} />
      ) : relatives.data.length === 0 ? (
        <p className="muted">No relatives noted yet. Partners, children and grandchildren make the best things to ask after.</p>
      ) : (
        <>
          <ul className="item-list" aria-label={`${person.displayName}'s relatives`}>
            {current.map((r) => (
              <RelativeRow key={r.relationship.id} view={r} personName={person.displayName} />
            ))}
          </ul>
          {past.length > 0 && (
            <>
              <h3 className="subheading">In the past</h3>
              <ul className="item-list" aria-label="Past relationships">
                {past.map((r) => (
                  <RelativeRow key={r.relationship.id} view={r} personName={person.displayName} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Section>
  );
}

function RelativeRow({ view, personName }: { view: RelativeView; personName: string }) {
  const format = useFormat();
  const [ending, setEnding] = useState(false);
  const { relationship, other, otherIs } = view;
  const ended = !relationship.current;
  const couple = ENDABLE.includes(otherIs);
  const relation = RELATION_LABEL[otherIs].toLowerCase();
  // A partner who died was not left: no "Separated…" beside them, and nothing else to end.
  const canEnd = !ended && !(couple && other.diedOn);

  return (
    <li className="item">
      <div className="item-main">
        <p className="item-title">
          <span className="relation">{ended ? `Former ${relation}` : RELATION_LABEL[otherIs]}</span> <Link to={paths.person(other.id)}>{other.displayName}</Link>
          {other.diedOn && <span className="badge grief">Died {format.date(other.diedOn)}</span>}
        </p>
        {(relationship.since || relationship.until) && (
          <p className="item-meta">
            {relationship.since && `Since ${format.date(relationship.since)}`}
            {relationship.since && relationship.until && ' · '}
            {relationship.until && `Ended ${format.date(relationship.until)}`}
          </p>
        )}
      </div>
      {canEnd && (
        <div className="item-actions">
          {couple ? (
            <button type="button" onClick={() => setEnding(true)} aria-label={`Separated: ${personName} and ${other.displayName}`}>
              Separated…
            </button>
          ) : (
            <button type="button" className="quiet" onClick={() => setEnding(true)} aria-label={`End: ${other.displayName} as ${personName}’s ${relation}`}>
              End…
            </button>
          )}
        </div>
      )}
      {ending && (
        <Suspense fallback={null}>
          <EndRelationshipDialog view={view} personName={personName} couple={couple} relation={relation} onClose={() => setEnding(false)} />
        </Suspense>
      )}
    </li>
  );
}
