import { useState, type FormEvent } from 'react';
import { ROLE_KINDS, type Role, type RoleKind } from '../../../src/contract/schemas/people.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { AppDialog } from '../../components/AppDialog.tsx';
import { DayPicker } from '../../components/date-fields.tsx';
import { FormError } from '../../components/ErrorMessage.tsx';
import { SelectField, TextInput } from '../../components/fields.tsx';
import { ROLE_LABEL } from '../../components/labels.ts';
import { useFormat } from '../../settings/format.ts';

interface RoleDialogProps {
  role: Role;
  personName: string;
  clientName: string;
  onClose(): void;
}

/** Change what someone does at a client, or record that they stopped (left, retired, moved on). */
export function RoleDialog({ role, personName, clientName, onClose }: RoleDialogProps) {
  const format = useFormat();
  const [kind, setKind] = useState<RoleKind>(role.role);
  const [title, setTitle] = useState(role.title ?? '');
  const [since, setSince] = useState<string | null>(role.since);
  const [ended, setEnded] = useState(!role.active);
  const [until, setUntil] = useState<string | null>(role.until ?? format.today());
  const save = useChannelMutation('roles:update', { onSuccess: onClose });
  const errors = fieldErrors(save.error);
  const untilMissing = ended && !until;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (untilMissing) return;
    save.mutate({ id: role.id, role: kind, title, since, until: ended ? until : null });
  };

  return (
    <AppDialog title={`${personName} at ${clientName}`} isOpen onOpenChange={(open) => !open && onClose()}>
      <form onSubmit={submit} className="stack" aria-label={`Edit ${personName}’s role at ${clientName}`} noValidate>
        <div className="form-grid">
          <SelectField<RoleKind> label="Role" value={kind} onChange={setKind} choices={ROLE_KINDS.map((r) => ({ id: r, label: ROLE_LABEL[r] }))} error={errors.role} />
          <TextInput label="Job title (optional)" value={title} onChange={setTitle} placeholder="Practice manager" error={errors.title} />
        </div>
        <DayPicker label="In this role since (optional)" value={since} onChange={setSince} error={errors.since} />
        <label className="check">
          <input type="checkbox" checked={ended} onChange={(e) => setEnded(e.target.checked)} />
          This role has ended (they left, retired or moved on)
        </label>
        {ended && (
          <DayPicker
            label="Ended on"
            value={until}
            onChange={setUntil}
            error={errors.until ?? (untilMissing ? 'Say when the role ended, or untick “This role has ended”.' : undefined)}
            description="Briefings stop treating them as someone at this client from then on."
          />
        )}
        <FormError error={save.error} shown={['role', 'title', 'since', 'until']} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}
