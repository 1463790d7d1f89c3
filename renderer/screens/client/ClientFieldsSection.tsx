import { Pencil, Trash2 } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import type { ClientField } from '../../../src/contract/schemas/client-fields.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { AddMore } from '../../components/AddMore.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../settings/format.ts';

// Loaded when first opened, as the client page's other forms are (its date picker is most of the code).
const FieldForm = lazy(async () => ({ default: (await import('./ClientFieldForm.tsx')).ClientFieldForm }));

const reminderText = (days: number | null) => (days === null ? null : days === 0 ? 'Reminder on the day' : `Reminder ${days} day${days === 1 ? '' : 's'} before`);

/** What the consultant keeps per client in their own words: ISP, router, registrar, renewal dates. */
export function ClientFieldsSection({ clientId, clientName }: { clientId: number; clientName: string }) {
  const fields = useChannel('clientFields:list', { clientId });
  return (
    <Section title="Details we keep">
      <ErrorMessage error={fields.error} />
      {fields.data && fields.data.length > 0 ? (
        <ul className="item-list" aria-label={`Details we keep for ${clientName}`}>
          {fields.data.map((f) => (
            <FieldItem key={f.id} field={f} />
          ))}
        </ul>
      ) : (
        fields.isSuccess && <p className="muted">Nothing kept yet: the ISP, the router, when Microsoft 365 or the domain renews.</p>
      )}
      <AddMore summary="Add a detail">
        <FieldForm clientId={clientId} />
      </AddMore>
    </Section>
  );
}

function FieldItem({ field }: { field: ClientField }) {
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const remove = useChannelMutation('clientFields:remove');
  if (editing) {
    return (
      <li className="item">
        <Suspense fallback={<p className="muted">Loading the form…</p>}>
          <FieldForm field={field} onDone={() => setEditing(false)} />
        </Suspense>
      </li>
    );
  }
  const reminder = reminderText(field.remindDaysBefore);
  return (
    <li className="item">
      <div className="item-main">
        <p className="item-title">
          <strong>{field.label}</strong>
        </p>
        <p className="item-text">{field.kind === 'date' ? format.preciseWithDistance({ date: field.value, precision: 'day' }) : field.value}</p>
        {reminder && <p className="item-meta">{reminder}</p>}
      </div>
      <div className="item-actions">
        <button type="button" onClick={() => setEditing(true)} aria-label={`Edit: ${field.label}`}>
          <Pencil aria-hidden size={16} /> Edit
        </button>
        <button type="button" className="quiet" onClick={() => remove.mutate({ id: field.id })} disabled={remove.isPending} aria-label={`Remove: ${field.label}`}>
          <Trash2 aria-hidden size={16} />
        </button>
      </div>
      <ErrorMessage error={remove.error} />
    </li>
  );
}
