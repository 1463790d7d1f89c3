import { useId, useState, type FormEvent } from 'react';
import type { Person } from '../../../src/contract/schemas/people.ts';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '../../../src/contract/schemas/work.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { MomentPicker } from '../../components/date-fields.tsx';
import { FormError } from '../../components/ErrorMessage.tsx';
import { SelectField, TextInput } from '../../components/fields.tsx';
import { FOLLOW_UP_KIND_LABEL } from '../../components/labels.ts';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useDraft } from '../../drafts/useDraft.ts';
import { CONTEXT_LABEL } from './follow-up-words.ts';
import { wallClock } from '../../dates/spoken.ts';
import { parseSpokenFollowUp } from '../../quick-add/spoken-follow-up.ts';
import { useFormat } from '../../settings/format.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';

const NOBODY = 'none';

/** What was said, and once read, the follow-up shown back for a check (kept across a reload). */
const emptyDraft = () => ({
  said: '',
  checking: false,
  kind: 'call' as FollowUpKind,
  dueAt: null as string | null,
  timeSaid: false,
  personId: NOBODY,
  context: '',
});

/** "call tomorrow 6pm to check the router": read, shown back for a check, then saved. */
export function FollowUpQuickAdd({ clientId, people, sourceVisitId }: { clientId: number; people: readonly Person[]; sourceVisitId?: number }) {
  const { settings } = useSettings();
  const format = useFormat();
  const sayId = useId();
  const kept = useDraft(`follow-up:new:client:${clientId}${sourceVisitId ? `:visit:${sourceVisitId}` : ''}`, emptyDraft);
  const { said } = kept.value;
  const draft = kept.value.checking ? kept.value : null;
  const setDraft = (update: Partial<ReturnType<typeof emptyDraft>>) => kept.set(update);
  const [added, setAdded] = useState('');
  const create = useChannelMutation('followUps:create', {
    onSuccess: (f) => {
      setAdded(`Added: ${FOLLOW_UP_KIND_LABEL[f.kind]} on ${format.instant(f.dueAt)}.`);
      kept.discard();
    },
  });

  const read = (event: FormEvent) => {
    event.preventDefault();
    if (said.trim() === '') return;
    const parsed = parseSpokenFollowUp(said, wallClock(new Date(), settings.timeZone), settings.timeZone);
    const named = people.find((p) => new RegExp(`\\b${p.givenName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(said));
    setAdded('');
    create.reset();
    setDraft({
      checking: true,
      kind: parsed.kind,
      dueAt: parsed.due?.instant ?? null,
      timeSaid: parsed.due?.timeSaid ?? false,
      personId: named ? String(named.id) : NOBODY,
      context: parsed.context,
    });
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!draft?.dueAt) return;
    create.mutate({
      clientId,
      personId: draft.personId === NOBODY ? null : Number(draft.personId),
      dueAt: draft.dueAt,
      kind: draft.kind,
      context: draft.context,
      sourceVisitId: sourceVisitId ?? null,
    });
  };

  const errors = fieldErrors(create.error);
  return (
    <div className="quick-add">
      <DraftNotice draft={kept} />
      <form onSubmit={read} className="quick-add-say">
        <div className="field grow">
          <label htmlFor={sayId}>Follow-up, as you would say it</label>
          <input id={sayId} value={said} onChange={(e) => kept.set({ said: e.target.value })} placeholder="call tomorrow 6pm to check the new router" autoComplete="off" />
        </div>
        <button type="submit">Read it</button>
      </form>
      {added && (
        <p role="status" className="ok">
          {added}
        </p>
      )}
      {draft && (
        <form onSubmit={save} className="confirm-card" aria-label="Check the follow-up">
          <p role="status" className="understood">
            {draft.dueAt
              ? `Understood: ${FOLLOW_UP_KIND_LABEL[draft.kind]}, due ${format.instant(draft.dueAt)}${draft.timeSaid ? '' : ' (no time said, so 10:00)'}.`
              : 'I could not find a date in that. Pick one below, or try "tomorrow 6pm".'}
          </p>
          <div className="form-grid">
            <SelectField<FollowUpKind> label="Kind" value={draft.kind} onChange={(kind) => setDraft({ kind })} choices={FOLLOW_UP_KINDS.map((k) => ({ id: k, label: FOLLOW_UP_KIND_LABEL[k] }))} />
            <MomentPicker label="Due" value={draft.dueAt} onChange={(dueAt) => setDraft({ dueAt, timeSaid: true })} error={errors.dueAt} />
            <SelectField
              label="About"
              value={draft.personId}
              onChange={(personId) => setDraft({ personId })}
              choices={[{ id: NOBODY, label: 'The client in general' }, ...people.map((p) => ({ id: String(p.id), label: p.displayName }))]}
            />
          </div>
          <TextInput label={CONTEXT_LABEL} value={draft.context} onChange={(context) => setDraft({ context })} multiline rows={2} error={errors.context} />
          <FormError error={create.error} shown={['dueAt', 'context']} />
          <div className="button-row">
            <button type="submit" className="primary" disabled={!draft.dueAt || create.isPending}>
              {create.isPending ? 'Saving…' : 'Save follow-up'}
            </button>
            <button type="button" onClick={() => setDraft({ checking: false })}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
