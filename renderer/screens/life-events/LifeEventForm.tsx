import { useId, useState, type FormEvent } from 'react';
import { lifeEventType, TONES, type LifeEventTypeKey, type Tone } from '../../../src/catalogue/life-events.ts';
import type { LifeEvent } from '../../../src/contract/schemas/events.ts';
import type { PreciseDate } from '../../../src/dates/calendar-date.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DayPicker } from '../../components/date-fields.tsx';
import { FormError } from '../../components/ErrorMessage.tsx';
import { EventTypePicker } from '../../components/EventTypePicker.tsx';
import { SelectField, TextInput } from '../../components/fields.tsx';
import { PreciseDateField } from '../../components/PreciseDateField.tsx';
import { TONE_LABEL, TONE_MEANING } from '../../components/tone.tsx';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useDraft } from '../../drafts/useDraft.ts';
import { PeopleChooser } from './PeopleChooser.tsx';

const DEFAULT_TONE = 'default' as const;
/** Kinds of event that say someone died: the form asks who, so the briefing never asks after them. */
const DEATHS: ReadonlySet<LifeEventTypeKey> = new Set(['death', 'pet-death']);
const NOT_IN_BOOK = '';
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
  const about = event ? `event:${event.id}` : `event:new:${(initial.personIds ?? []).join(',')}:${initial.clientId ?? ''}`;
  const draft = useDraft(about, () => ({
    typeKey: initial.typeKey ?? ('other' as LifeEventTypeKey),
    title: initial.title ?? '',
    when: (initial.date ? { date: initial.date, precision: initial.precision ?? 'day' } : null) as PreciseDate | null,
    ongoing: initial.ongoing ?? false,
    endDate: initial.endDate ?? (null as string | null),
    tone: (initial.toneOverride ?? DEFAULT_TONE) as Tone | typeof DEFAULT_TONE,
    personIds: initial.personIds ?? ([] as number[]),
    clientId: initial.clientId ? String(initial.clientId) : NO_CLIENT,
    notes: initial.notes ?? '',
    /** Who died, for a death: one of personIds, or '' for someone not in the address book. */
    died: NOT_IN_BOOK as string,
  }));
  const { typeKey, title, when, ongoing, endDate, tone, personIds, clientId, notes, died } = draft.value;
  const diedId = useId();
  const people = useChannel('people:list', {});
  const nameOf = (id: number) => people.data?.find((p) => p.id === id)?.displayName ?? `Person ${id}`;
  const isDeath = DEATHS.has(typeKey);
  const subjectId = isDeath && died !== NOT_IN_BOOK && personIds.includes(Number(died)) ? Number(died) : null;
  const [setTypeKey, setTitle, setWhen, setOngoing, setEndDate, setTone, setPersonIds, setClientId, setNotes] = [
    (v: LifeEventTypeKey) => draft.set({ typeKey: v }),
    (v: string) => draft.set({ title: v }),
    (v: PreciseDate | null) => draft.set({ when: v }),
    (v: boolean) => draft.set({ ongoing: v }),
    (v: string | null) => draft.set({ endDate: v }),
    (v: Tone | typeof DEFAULT_TONE) => draft.set({ tone: v }),
    (v: number[]) => draft.set({ personIds: v }),
    (v: string) => draft.set({ clientId: v }),
    (v: string) => draft.set({ notes: v }),
  ] as const;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [missingDate, setMissingDate] = useState(false);
  const clients = useChannel('clients:list', { includeArchived: true });
  const saved = (value: LifeEvent) => {
    draft.clear();
    onSaved(value);
  };
  const create = useChannelMutation('events:create', { onSuccess: saved });
  const update = useChannelMutation('events:update', { onSuccess: saved });
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
      subjectId,
    };
    if (event) update.mutate({ id: event.id, ...fields });
    else create.mutate(fields);
  };

  return (
    <form onSubmit={submit} className="stack event-form" noValidate>
      <DraftNotice draft={draft} />
      <EventTypePicker value={typeKey} onChange={setTypeKey} />
      <TextInput label="What happened, in a few words" value={title} onChange={setTitle} error={errors.title} placeholder="e.g. Lily born, hip operation" />
      <PeopleChooser value={personIds} onChange={setPersonIds} error={errors.personIds} />
      {isDeath && personIds.length > 0 && (
        <div className="field">
          <label htmlFor={diedId}>Who died?</label>
          <select id={diedId} value={subjectId === null ? NOT_IN_BOOK : String(subjectId)} onChange={(e) => draft.set({ died: e.target.value })} aria-describedby={`${diedId}-hint`}>
            <option value={NOT_IN_BOOK}>Someone not in the address book (their loss)</option>
            {personIds.map((id) => (
              <option key={id} value={String(id)}>
                {nameOf(id)}
              </option>
            ))}
          </select>
          <p id={`${diedId}-hint`} className="field-hint">
            Whoever you choose is marked as having died on this date: they are never asked after again.
          </p>
        </div>
      )}
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
      <FormError error={save.error} shown={['title', 'personIds', 'date', 'precision', 'endDate', 'notes']} />
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
