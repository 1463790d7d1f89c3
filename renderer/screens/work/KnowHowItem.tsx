import { Pencil, Repeat, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { KnowHow } from '../../../src/contract/schemas/work.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { fieldErrors } from '../../api/errors.ts';
import { ErrorMessage, FormError } from '../../components/ErrorMessage.tsx';
import { TextInput } from '../../components/fields.tsx';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { hasDraft, useDraft } from '../../drafts/useDraft.ts';
import { useFormat } from '../../settings/format.ts';

/** A question they ask, the answer you gave, and how often they have asked it. */
export function KnowHowItem({ item, clientName, personName }: { item: KnowHow; clientName?: string | undefined; personName?: string | undefined }) {
  const format = useFormat();
  const again = useChannelMutation('knowHow:askedAgain');
  const trash = useChannelMutation('knowHow:delete');
  const [editing, setEditing] = useState(() => hasDraft(`know-how:${item.id}:edit`));
  if (editing) return <KnowHowEdit item={item} onDone={() => setEditing(false)} />;
  return (
    <li className="item">
      <div className="item-main">
        <p className="item-title">
          <strong>{item.question}</strong>
        </p>
        <p className="item-meta">
          Asked {item.timesAsked === 1 ? 'once' : `${item.timesAsked} times`}, last on {format.date(format.dayOf(item.lastAskedAt))}
          {personName && item.personId && (
            <>
              {' · '}
              <Link to={paths.person(item.personId)}>{personName}</Link>
            </>
          )}
          {clientName && item.clientId && (
            <>
              {' · '}
              <Link to={paths.client(item.clientId)}>{clientName}</Link>
            </>
          )}
        </p>
        {item.answer ? <p className="item-text answer">{item.answer}</p> : <p className="item-text muted">No answer written down yet.</p>}
      </div>
      <div className="item-actions">
        <button type="button" onClick={() => setEditing(true)} aria-label={`Edit: ${item.question}`}>
          <Pencil aria-hidden size={16} /> Edit
        </button>
        <button type="button" onClick={() => again.mutate({ id: item.id })} disabled={again.isPending} aria-label={`Asked again: ${item.question}`}>
          <Repeat aria-hidden size={16} /> Asked again
        </button>
        <button type="button" className="quiet" onClick={() => trash.mutate({ id: item.id })} disabled={trash.isPending} aria-label={`Move to trash: ${item.question}`}>
          <Trash2 aria-hidden size={16} />
        </button>
      </div>
      <ErrorMessage error={again.error ?? trash.error} />
    </li>
  );
}

/** The question and answer in place, for when the answer changes ("the printer was replaced"). */
function KnowHowEdit({ item, onDone }: { item: KnowHow; onDone(): void }) {
  const draft = useDraft(`know-how:${item.id}:edit`, () => ({ question: item.question, answer: item.answer ?? '' }));
  const save = useChannelMutation('knowHow:update', {
    onSuccess: () => {
      draft.clear();
      onDone();
    },
  });
  const errors = fieldErrors(save.error);
  const cancel = () => {
    draft.discard();
    onDone();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: item.id, question: draft.value.question, answer: draft.value.answer });
  };
  return (
    <li className="item">
      <form onSubmit={submit} className="stack grow" aria-label={`Edit know-how: ${item.question}`} noValidate>
        <DraftNotice draft={draft} />
        <TextInput label="Question they asked" value={draft.value.question} onChange={(v) => draft.set({ question: v })} error={errors.question} autoFocus />
        <TextInput label="Your answer" value={draft.value.answer} onChange={(v) => draft.set({ answer: v })} multiline rows={4} error={errors.answer} />
        <FormError error={save.error} shown={['question', 'answer']} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      </form>
    </li>
  );
}
