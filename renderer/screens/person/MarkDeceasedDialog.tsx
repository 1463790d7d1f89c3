import { useState } from 'react';
import type { Person } from '../../../src/contract/schemas/people.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DayPicker } from '../../components/date-fields.tsx';
import { TextInput } from '../../components/fields.tsx';
import { focusPageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../settings/format.ts';

/** Records a death: from then on nobody is told to ask after them, and their family's briefings say so. */
export function MarkDeceasedDialog({ person, isOpen, onOpenChange }: { person: Person; isOpen: boolean; onOpenChange(open: boolean): void }) {
  const format = useFormat();
  const [diedOn, setDiedOn] = useState<string | null>(() => format.today());
  const [createEvent, setCreateEvent] = useState(true);
  const [notes, setNotes] = useState('');
  const mark = useChannelMutation('people:markDeceased', {
    onSuccess: () => {
      onOpenChange(false);
      focusPageHeading();
    },
  });
  const errors = fieldErrors(mark.error);

  return (
    <ConfirmDialog
      title={`Mark ${person.displayName} as deceased`}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      confirmLabel="Mark as deceased"
      onConfirm={() => diedOn && mark.mutate({ id: person.id, diedOn, createEvent, notes })}
      pending={mark.isPending}
      error={mark.error && !errors.diedOn ? mark.error : null}
    >
      <p>
        {person.displayName} will no longer be suggested as someone to ask after, and their birthday will not prompt good wishes. The people close to them will be
        shown the loss, gently.
      </p>
      <DayPicker label="Date of death" value={diedOn} onChange={setDiedOn} error={errors.diedOn} />
      <label className="check">
        <input type="checkbox" checked={createEvent} onChange={(e) => setCreateEvent(e.target.checked)} />
        Also record it as a life event for their family
      </label>
      <TextInput label="Notes (optional)" value={notes} onChange={setNotes} multiline rows={2} />
    </ConfirmDialog>
  );
}
