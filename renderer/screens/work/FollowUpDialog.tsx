import type { FormEvent } from 'react';
import { FOLLOW_UP_KINDS, type FollowUp, type FollowUpKind } from '../../../src/contract/schemas/work.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { AppDialog } from '../../components/AppDialog.tsx';
import { MomentPicker } from '../../components/date-fields.tsx';
import { FormError } from '../../components/ErrorMessage.tsx';
import { SelectField, TextInput } from '../../components/fields.tsx';
import { FOLLOW_UP_KIND_LABEL } from '../../components/labels.ts';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useDraft } from '../../drafts/useDraft.ts';
import { CONTEXT_LABEL } from './follow-up-words.ts';

/** Change what a follow-up is, when it is due (reschedule) and the details to have at hand. */
export function FollowUpDialog({ followUp, what, onClose }: { followUp: FollowUp; what: string; onClose(): void }) {
  const draft = useDraft(`follow-up:${followUp.id}:edit`, () => ({ kind: followUp.kind, dueAt: followUp.dueAt as string | null, context: followUp.context ?? '' }));
  const { kind, dueAt, context } = draft.value;
  const save = useChannelMutation('followUps:update', {
    onSuccess: () => {
      draft.clear();
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const cancel = () => {
    draft.discard();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dueAt) return;
    save.mutate({ id: followUp.id, kind, dueAt, context });
  };

  return (
    <AppDialog title={`Edit follow-up: ${what}`} isOpen onOpenChange={(open) => !open && cancel()}>
      <form onSubmit={submit} className="stack" aria-label="Edit the follow-up" noValidate>
        <DraftNotice draft={draft} />
        <div className="form-grid">
          <SelectField<FollowUpKind> label="Kind" value={kind} onChange={(v) => draft.set({ kind: v })} choices={FOLLOW_UP_KINDS.map((k) => ({ id: k, label: FOLLOW_UP_KIND_LABEL[k] }))} />
          <MomentPicker label="Due" value={dueAt} onChange={(v) => draft.set({ dueAt: v })} error={errors.dueAt ?? (dueAt ? undefined : 'Say when it is due.')} />
        </div>
        <TextInput label={CONTEXT_LABEL} value={context} onChange={(v) => draft.set({ context: v })} multiline rows={3} error={errors.context} />
        <FormError error={save.error} shown={['dueAt', 'context']} />
        <div className="dialog-actions">
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!dueAt || save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}
