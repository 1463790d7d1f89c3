import { ChevronDown, UserPlus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Link } from 'react-router';
import type { Person, RelationshipRole, RelativeView } from '../../../src/contract/schemas/people.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DayPicker } from '../../components/date-fields.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextInput } from '../../components/fields.tsx';
import { RELATION_LABEL } from '../../components/labels.ts';
import { PersonComboBox } from '../../components/PersonComboBox.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../settings/format.ts';

const RELATIONS: readonly RelationshipRole[] = ['partner', 'spouse', 'child', 'grandchild', 'parent', 'grandparent', 'sibling', 'friend', 'colleague', 'other'];
const ENDABLE: readonly RelationshipRole[] = ['partner', 'spouse'];

/** Family and friends: who they are to this person, and "add grandchild → Lily" in two steps. */
export function RelativesSection({ person }: { person: Person }) {
  const relatives = useChannel('people:relatives', { id: person.id });
  const [adding, setAdding] = useState<RelationshipRole | null>(null);
  const current = (relatives.data ?? []).filter((r) => r.relationship.current);
  const past = (relatives.data ?? []).filter((r) => !r.relationship.current);

  return (
    <Section
      title="Family and friends"
      actions={
        <MenuTrigger>
          <Button className="button">
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
      {adding && <AddRelativeForm person={person} relation={adding} onDone={() => setAdding(null)} />}
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
  const [until, setUntil] = useState<string | null>(() => format.today());
  const end = useChannelMutation('relationships:end', { onSuccess: () => setEnding(false) });
  const { relationship, other, otherIs } = view;
  const ended = !relationship.current;

  return (
    <li className="item">
      <div className="item-main">
        <p className="item-title">
          <span className="relation">{ended && ENDABLE.includes(otherIs) ? `Former ${RELATION_LABEL[otherIs].toLowerCase()}` : RELATION_LABEL[otherIs]}</span>{' '}
          <Link to={paths.person(other.id)}>{other.displayName}</Link>
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
      {!ended && ENDABLE.includes(otherIs) && !other.diedOn && (
        <div className="item-actions">
          <button type="button" onClick={() => setEnding(true)} aria-label={`Separated: ${personName} and ${other.displayName}`}>
            Separated…
          </button>
        </div>
      )}
      <ConfirmDialog
        title={`${personName} and ${other.displayName} separated`}
        isOpen={ending}
        onOpenChange={(open) => {
          setEnding(open);
          if (!open) end.reset();
        }}
        confirmLabel="Record the separation"
        onConfirm={() => until && end.mutate({ id: relationship.id, until })}
        pending={end.isPending}
        error={end.error}
      >
        <p>From then on, briefings will not mention {other.displayName} as a partner.</p>
        <DayPicker label="Separated on" value={until} onChange={setUntil} />
      </ConfirmDialog>
    </li>
  );
}

function AddRelativeForm({ person, relation, onDone }: { person: Person; relation: RelationshipRole; onDone(): void }) {
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [existing, setExisting] = useState<Person | null>(null);
  const add = useChannelMutation('people:addRelative', { onSuccess: onDone });
  const errors = fieldErrors(add.error);
  const label = RELATION_LABEL[relation].toLowerCase();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'existing' && !existing) return;
    add.mutate({
      personId: person.id,
      relativeIs: relation,
      relative: mode === 'existing' && existing ? { existingId: existing.id } : { givenName, familyName },
    });
  };

  return (
    <form onSubmit={submit} className="confirm-card" aria-label={`Add ${person.displayName}’s ${label}`} noValidate>
      <h3 className="subheading">
        Add {person.displayName}’s {label}
      </h3>
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
          <TextInput label={`${RELATION_LABEL[relation]}’s first name`} value={givenName} onChange={setGivenName} error={errors['relative.givenName'] ?? errors.givenName} autoFocus />
          <TextInput label="Family name (optional)" value={familyName} onChange={setFamilyName} error={errors['relative.familyName']} />
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
      <ErrorMessage error={add.error} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={add.isPending || (mode === 'existing' && !existing)}>
          {add.isPending ? 'Adding…' : `Add ${label}`}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
