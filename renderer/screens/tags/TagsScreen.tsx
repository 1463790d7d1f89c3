import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Tag } from '../../../src/contract/schemas/tags.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { fieldErrors } from '../../api/errors.ts';
import { paths } from '../../app/paths.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { rhythmText } from '../../components/labels.ts';
import { PageHeading } from '../../components/PageHeading.tsx';

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Every tag with who wears it; rename a tag, give it a visit rhythm, or delete it. */
export function TagsScreen() {
  const tags = useChannel('tags:list', {});
  return (
    <section className="screen">
      <div className="screen-header">
        <PageHeading title="Tags">Tags</PageHeading>
      </div>
      <p className="muted">Put tags on clients and people from their pages. A tag’s rhythm counts for the clients with that tag that have no rhythm of their own.</p>
      {tags.isPending ? (
        <p role="status">Loading tags…</p>
      ) : tags.isError ? (
        <ErrorMessage error={tags.error} />
      ) : tags.data.length === 0 ? (
        <div className="empty-state">
          <h2>No tags yet</h2>
          <p>Open a client or a person and add a tag, e.g. “on retainer” or “backup contract”.</p>
        </div>
      ) : (
        <ul className="item-list card tag-list" aria-label="Tags">
          {tags.data.map((t) => (
            <TagRow key={t.id} tag={t} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TagRow({ tag }: { tag: Tag }) {
  const nameId = useId();
  const weeksId = useId();
  const hintId = useId();
  const [name, setName] = useState(tag.name);
  const [weeks, setWeeks] = useState(tag.rhythmDays === null ? '' : String(Math.round((tag.rhythmDays / 7) * 10) / 10));
  const [confirming, setConfirming] = useState(false);
  const save = useChannelMutation('tags:update');
  const remove = useChannelMutation('tags:delete', { onSuccess: () => setConfirming(false) });
  const errors = save.isError ? fieldErrors(save.error) : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const w = weeks.trim() === '' ? null : Number(weeks.replace(',', '.'));
    save.mutate({ id: tag.id, name, rhythmDays: w === null || Number.isNaN(w) ? null : Math.round(w * 7) });
  };

  return (
    <li className="item tag-row">
      <div className="item-main">
        <p className="item-title">
          {tag.name}
          {tag.rhythmDays !== null && <span className="muted"> · visits {rhythmText(tag.rhythmDays)}</span>}
        </p>
        <p className="item-meta">
          <Link to={paths.clientsTagged(tag.id)} aria-label={`${counted(tag.clients, 'client', 'clients')} tagged ${tag.name}`}>
            {counted(tag.clients, 'client', 'clients')}
          </Link>
          {' · '}
          <Link to={paths.peopleTagged(tag.id)} aria-label={`${counted(tag.people, 'person', 'people')} tagged ${tag.name}`}>
            {counted(tag.people, 'person', 'people')}
          </Link>
        </p>
        <details className="add-more">
          <summary>Change “{tag.name}”</summary>
          <form className="tag-edit" onSubmit={submit} noValidate>
            <div className="field">
              <label htmlFor={nameId}>Name</label>
              <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" aria-invalid={errors.name ? true : undefined} />
            </div>
            <div className="field">
              <label htmlFor={weeksId}>Visit rhythm, in weeks</label>
              <input id={weeksId} inputMode="decimal" value={weeks} onChange={(e) => setWeeks(e.target.value)} autoComplete="off" aria-describedby={hintId} aria-invalid={errors.rhythmDays ? true : undefined} />
              <p id={hintId} className="field-hint">
                For clients with this tag and no rhythm of their own. Leave empty for none.
              </p>
            </div>
            <div className="button-row">
              <button type="submit" className="primary" disabled={save.isPending}>
                Save
              </button>
              <button type="button" className="quiet" onClick={() => setConfirming(true)}>
                Delete tag…
              </button>
            </div>
            <ErrorMessage error={save.error} />
          </form>
        </details>
      </div>
      <ConfirmDialog
        title={`Delete the tag “${tag.name}”?`}
        isOpen={confirming}
        onOpenChange={setConfirming}
        confirmLabel="Delete tag"
        onConfirm={() => remove.mutate({ id: tag.id, confirm: true })}
        pending={remove.isPending}
        error={remove.error}
      >
        <p>
          It comes off {counted(tag.clients, 'client', 'clients')} and {counted(tag.people, 'person', 'people')}, for good (tags do not go to the trash). The clients and people stay.
          {tag.rhythmDays !== null && ' Clients that took their visit rhythm from it no longer have one.'}
        </p>
      </ConfirmDialog>
    </li>
  );
}
