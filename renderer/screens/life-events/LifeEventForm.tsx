import { useState, type FormEvent } from 'react';
import { lifeEventType, TONES, type LifeEventTypeKey, type Tone } from '../../../src/catalogue/life-events.ts';
import type { LifeEvent } from '../../../src/contract/schemas/events.ts';
import type { PreciseDate } from '../../../src/dates/calendar-date.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DayPicker } from '../../components/date-fields.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { EventTypePicker } from '../../components/EventTypePicker.tsx';
import { SelectField, TextInput } from '../../components/fields.tsx';
import { PreciseDateField } from '../../components/PreciseDateField.tsx';
import { TONE_LABEL, TONE_MEANING } from '../../components/tone.tsx';
import { PeopleChooser } from './PeopleChooser.tsx';

const DEFAULT_TONE = 'default' as const;
const NO_CLIENT = 'none';

interface LifeEventFormProps {
  /** Set when editing an existing event. */
  event?: LifeEvent;
  initial: Partial<Pick<LifeEvent, 'typeKey' | 'title' | 'date' | 'precision' | 'ongoing' | 'endDate' | 'toneOverride' | 'clientId' | 'notes' | 'personIds'>>;
  onSaved(event: LifeEvent): void;
  onDeleted?(): void;
}

/** Type (grouped, with its tone), people, a date with its precision, ongoing or an end, notes. */
export function LifeEventForm({ event, initial, onSaved, onDeleted }: LifeEventFormProps) {
  const [typeKey, setTypeKey] = useState<LifeEventTypeKey>(initial.typeKey ?? 'other');
  const [title, setTitle] = useState(initial.title ?? '');
  const [when, setWhen] = useState<PreciseDate | null>(initial.date ? { date: initial.date, precision: initial.precision ?? 'day' } : null);
  const [ongoing, setOngoing] = useState(initial.ongoing ?? false);
  const [endDate, setEndDate] = useState<string | null>(initial.endDate ?? null);
  const [tone, setTone] = useState<Tone | typeof DEFAULT_TONE>(initial.toneOverride ?? DEFAULT_TONE);
  const [personIds, setPersonIds] = useState<number[]>(initial.personIds ?? []);
  const [clientId, setClientId] = useState(initial.clientId ? String(initial.clientId) : NO_CLIENT);
  const [notes, setNotes] = useState(initial.notes ?? '');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [missingDate, setMissingDate] = useState(false);
  const clients = useChannel('clients:list', { includeArchived: true });
  const create = useChannelMutation('events:create', { onSuccess: onSaved });
  const update = useChannelMutation('events:update', { onSuccess: onSaved });
  const remove = useChannelMutation('events:delete', { onSuccess: () => onDeleted?.() });
  const save = event ? update : create;
  const errors = fieldErrors(save.error);
  const typeTone = lifeEventType(typeKey).tone;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissingDate(!when);
    if (!when) return;
    const fields = {
      typeKey,
      title,
      date: when.date,
      precision: when.precision,
      ongoing,
      endDate: ongoing ? null : endDate,
      toneOverride: tone === DEFAULT_TONE ? null : tone,
      personIds,
      clientId: clientId === NO_CLIENT ? null : Number(clientId),
      notes,
    };
    if (event) update.mutate({ id: event.id, ...fields });
    else create.mutate(fields);
  };

  return (
    <form onSubmit={submit} className="stack event-form" noValidate>
      <EventTypePicker value={typeKey} onChange={setTypeKey} />
      <TextInput label="What happened, in a few words" value={title} onChange={setTitle} error={errors.title} placeholder="e.g. Lily born, hip operation" />
      <PeopleChooser value={personIds} onChange={setPersonIds} error={errors.personIds} />
      <PreciseDateField legend="When" value={when} onChange={setWhen} error={missingDate ? 'Say when it happened (a month or a year is enough).' : (errors.date ?? errors.precision)} />
      <fieldset className="choice-row">
        <legend>Is it over?</legend>
        <label className="check">
          <input type="checkbox" checked={ongoing} onChange={(e) => setOngoing(e.target.checked)} />
          Still going on
        </label>
      </fieldset>
      {!ongoing && <DayPicker label="Ended on (optional)" value={endDate} onChange={setEndDate} error={errors.endDate} />}
      <SelectField<Tone | typeof DEFAULT_TONE>
        label="Tone"
        value={tone}
        onChange={setTone}
        choices={[
          { id: DEFAULT_TONE, label: `As usual for this kind: ${TONE_LABEL[typeTone].toLowerCase()}` },
          ...TONES.map((t) => ({ id: t, label: `${TONE_LABEL[t]}: ${TONE_MEANING[t]}` })),
        ]}
      />
      <SelectField
        label="Business event of a client (optional)"
        value={clientId}
        onChange={setClientId}
        choices={[{ id: NO_CLIENT, label: 'Not a business event' }, ...(clients.data ?? []).map((c) => ({ id: String(c.id), label: c.name }))]}
      />
      <TextInput label="Notes" value={notes} onChange={setNotes} multiline rows={3} error={errors.notes} />
      <ErrorMessage error={save.error} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save life event'}
        </button>
        {event && (
          <button type="button" className="quiet" onClick={() => setConfirmDelete(true)}>
            Move to trash…
          </button>
        )}
      </div>
      {event && (
        <ConfirmDialog
          title="Move this life event to the trash?"
          isOpen={confirmDelete}
          onOpenChange={setConfirmDelete}
          confirmLabel="Move to trash"
          onConfirm={() => remove.mutate({ id: event.id })}
          pending={remove.isPending}
          error={remove.error}
        >
          <p>“{event.title}” will leave briefings. You can restore it from the trash.</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
