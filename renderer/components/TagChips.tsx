import { X } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { TagRef } from '../../src/contract/schemas/tags.ts';
import { useChannel, useChannelMutation } from '../api/hooks.ts';
import { paths } from '../app/paths.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Section } from './Section.tsx';

type Owner = { clientId: number } | { personId: number };

/**
 * A client's or person's tags as chips: each links to the list of everyone with that tag and
 * has its own remove button; a field under them adds one by name (existing tags are offered as
 * you type; a new name makes a new tag). All by keyboard: Tab to a chip or its ×, Enter to add.
 */
export function TagChips({ owner, name, tags }: { owner: Owner; name: string; tags: readonly TagRef[] | undefined }) {
  const inputId = useId();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const all = useChannel('tags:list', {});
  const add = useChannelMutation('tags:add', { onSuccess: () => setDraft('') });
  // The chip and its button go away: the focus goes to the field rather than to the page.
  const remove = useChannelMutation('tags:remove', { onSuccess: () => input.current?.focus() });
  const worn = new Set((tags ?? []).map((t) => t.id));
  const listOf = (id: number) => ('clientId' in owner ? paths.clientsTagged(id) : paths.peopleTagged(id));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ ...owner, name: draft });
  };

  return (
    <Section title="Tags">
      {tags === undefined ? (
        <p className="muted">Loading…</p>
      ) : tags.length === 0 ? (
        <p className="muted">No tags yet. Tags group {'clientId' in owner ? 'clients' : 'people'}, e.g. “on retainer” or “backup contract”.</p>
      ) : (
        <ul className="tag-chips" aria-label={`Tags of ${name}`}>
          {tags.map((t) => (
            <li key={t.id} className="tag-chip">
              <Link to={listOf(t.id)}>{t.name}</Link>
              <button type="button" className="tag-remove" aria-label={`Remove the tag “${t.name}”`} disabled={remove.isPending} onClick={() => remove.mutate({ ...owner, tagId: t.id })}>
                <X aria-hidden size={14} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="tag-add" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={inputId}>Add a tag</label>
          <input id={inputId} ref={input} list={listId} value={draft} onChange={(e) => setDraft(e.target.value)} autoComplete="off" placeholder="e.g. on retainer" />
          <datalist id={listId}>
            {(all.data ?? [])
              .filter((t) => !worn.has(t.id))
              .map((t) => (
                <option key={t.id} value={t.name} />
              ))}
          </datalist>
        </div>
        <button type="submit" disabled={add.isPending}>
          Add tag
        </button>
      </form>
      <ErrorMessage error={add.error ?? remove.error} />
    </Section>
  );
}
