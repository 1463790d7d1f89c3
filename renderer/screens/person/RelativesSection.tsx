import { ChevronDown, UserPlus } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
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
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useDraft } from '../../drafts/useDraft.ts';
import { useFormat } from '../../settings/format.ts';

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
      {adding && <AddRelativeForm person={person} relation={adding} onDone={doneAdding} />}
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
      <ConfirmDialog
        title={couple ? `${personName} and ${other.displayName} separated` : `${other.displayName} is no longer ${personName}’s ${relation}`}
        isOpen={ending}
        onOpenChange={(open) => {
          setEnding(open);
          if (!open) end.reset();
        }}
        confirmLabel={couple ? 'Record the separation' : 'End the relationship'}
        onConfirm={() => until && end.mutate({ id: relationship.id, until })}
        pending={end.isPending}
        error={end.error}
      >
        <p>
          {couple
            ? `From then on, briefings will not mention ${other.displayName} as a partner.`
            : `From then on, briefings will not present ${other.displayName} as ${personName}’s ${relation}.`}
        </p>
        <DayPicker label={couple ? 'Separated on' : 'Ended on'} value={until} onChange={setUntil} />
      </ConfirmDialog>
    </li>
  );
}

function AddRelativeForm({ person, relation, onDone }: { person: Person; relation: RelationshipRole; onDone(): void }) {
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
