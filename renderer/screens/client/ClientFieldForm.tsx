import { useState, type FormEvent } from 'react';
import type { ClientField, FieldKind } from '../../../src/contract/schemas/client-fields.ts';
import type { CalendarDate } from '../../../src/dates/calendar-date.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { DayPicker } from '../../components/date-fields.tsx';
import { FormError } from '../../components/ErrorMessage.tsx';
import { SelectField, TextInput } from '../../components/fields.tsx';

const KINDS = [
  { id: 'text', label: 'Words (ISP, router, registrar…)' },
  { id: 'date', label: 'A date (a renewal, a warranty)' },
] as const satisfies readonly { id: FieldKind; label: string }[];

interface Typed {
  label: string;
  kind: FieldKind;
  text: string;
  date: CalendarDate | null;
  remind: string;
}

const typedFrom = (field: ClientField | undefined): Typed => ({
  label: field?.label ?? '',
  kind: field?.kind ?? 'text',
  text: field?.kind === 'text' ? field.value : '',
  date: field?.kind === 'date' ? field.value : null,
  remind: field?.remindDaysBefore === null || field?.remindDaysBefore === undefined ? '' : String(field.remindDaysBefore),
});

/** Adds a detail to a client (`clientId`), or changes one in place (`field`). */
export function ClientFieldForm({ clientId, field, onDone }: { clientId?: number; field?: ClientField; onDone?(): void }) {
  const [typed, setTyped] = useState<Typed>(() => typedFrom(field));
  const [saved, setSaved] = useState('');
  const [remindProblem, setRemindProblem] = useState<string | null>(null);
  const save = useChannelMutation('clientFields:set', {
    onSuccess: () => {
      if (onDone) return onDone();
      setSaved(`Saved: ${typed.label.trim()}`);
      setTyped(typedFrom(undefined));
    },
  });
  const errors = fieldErrors(save.error);
  const set = (patch: Partial<Typed>) => {
    setSaved('');
    setTyped({ ...typed, ...patch });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const which = field ? { id: field.id } : { clientId: clientId! };
    if (typed.kind === 'text') return save.mutate({ ...which, kind: 'text', label: typed.label, value: typed.text });
    const remind = typed.remind.trim();
    if (remind !== '' && !/^-?\d+$/.test(remind)) return setRemindProblem('The reminder is a whole number of days, e.g. 30; leave it empty for no reminder.');
    setRemindProblem(null);
    save.mutate({ ...which, kind: 'date', label: typed.label, value: typed.date ?? '', remindDaysBefore: remind === '' ? null : Number(remind) });
  };

  const name = field ? `Edit detail: ${field.label}` : 'Add a detail';
  return (
    <form onSubmit={submit} className="stack grow" aria-label={name} noValidate>
      <TextInput label="Label" value={typed.label} onChange={(label) => set({ label })} error={errors.label} placeholder="e.g. ISP, Router, Microsoft 365 renewal" autoFocus={Boolean(field)} />
      <SelectField label="Holds" value={typed.kind} onChange={(kind) => set({ kind })} choices={KINDS} />
      {typed.kind === 'text' ? (
        <TextInput label="Value" value={typed.text} onChange={(text) => set({ text })} error={errors.value} placeholder="e.g. Zen Internet" />
      ) : (
        <>
          <DayPicker label="Date" value={typed.date} onChange={(date) => set({ date })} error={errors.value} />
          <TextInput
            label="Remind me (days before)"
            value={typed.remind}
            onChange={(remind) => set({ remind })}
            error={remindProblem ?? errors.remindDaysBefore}
            description="Shown on Home and in the briefing from then on. Leave empty for no reminder."
            placeholder="e.g. 30"
          />
        </>
      )}
      <FormError error={save.error} shown={['label', 'value', 'remindDaysBefore']} />
      {saved && (
        <p role="status" className="ok">
          {saved}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : field ? 'Save' : 'Add detail'}
        </button>
        {onDone && (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
