import { useId, useState, type FormEvent } from 'react';
import { lifeEventType, type LifeEventTypeKey } from '../../../src/catalogue/life-events.ts';
import type { Person } from '../../../src/contract/schemas/people.ts';
import type { PreciseDate } from '../../../src/dates/calendar-date.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { FormError } from '../../components/ErrorMessage.tsx';
import { EventTypePicker } from '../../components/EventTypePicker.tsx';
import { TextInput } from '../../components/fields.tsx';
import { PreciseDateField } from '../../components/PreciseDateField.tsx';
import { wallClock } from '../../dates/spoken.ts';
import { parseSpokenEvent } from '../../quick-add/spoken-event.ts';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useDraft } from '../../drafts/useDraft.ts';
import { useFormat } from '../../settings/format.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';

interface Draft {
  typeKey: LifeEventTypeKey;
  title: string;
  when: PreciseDate | null;
  ongoing: boolean;
  personIds: number[];
}

/**
 * News heard at the visit, typed as it was said ("grandchild born last Tuesday"). What was
 * understood (kind, date and how precise it is) is shown back to confirm before it is saved.
 */
export function QuickAddEvent({ clientId, people, defaultPersonIds }: { clientId: number; people: readonly Person[]; defaultPersonIds: readonly number[] }) {
  const { settings } = useSettings();
  const format = useFormat();
  const sayId = useId();
  const kept = useDraft(`quick-event:client:${clientId}`, () => ({ said: '', draft: null as Draft | null }));
  const { said, draft } = kept.value;
  const setSaid = (value: string) => kept.set({ said: value });
  const setDraft = (value: Draft | null) => kept.set({ draft: value });
  const [added, setAdded] = useState('');
  const create = useChannelMutation('events:create', {
    onSuccess: (event) => {
      setAdded(`Saved: ${event.title}, ${format.precise(event)}.`);
      setSaid('');
      setDraft(null);
    },
  });
  const errors = fieldErrors(create.error);

  const read = (event: FormEvent) => {
    event.preventDefault();
    if (said.trim() === '') return;
    const parsed = parseSpokenEvent(said, wallClock(new Date(), settings.timeZone));
    setAdded('');
    create.reset();
    setDraft({
      typeKey: parsed.typeKey,
      title: parsed.title,
      when: parsed.when && { date: parsed.when.date, precision: parsed.when.precision },
      ongoing: parsed.ongoing,
      personIds: [...defaultPersonIds],
    });
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!draft?.when) return;
    const business = draft.personIds.length === 0 && lifeEventType(draft.typeKey).category === 'business';
    create.mutate({
      typeKey: draft.typeKey,
      title: draft.title,
      date: draft.when.date,
      precision: draft.when.precision,
      ongoing: draft.ongoing,
      personIds: draft.personIds,
      clientId: business ? clientId : null,
    });
  };

  return (
    <div className="quick-add">
      <DraftNotice draft={kept} />
      <form onSubmit={read} className="quick-add-say">
        <div className="field grow">
          <label htmlFor={sayId}>News, as they told it</label>
          <input id={sayId} value={said} onChange={(e) => setSaid(e.target.value)} placeholder="grandchild born last Tuesday" autoComplete="off" />
        </div>
        <button type="submit">Read it</button>
      </form>
      {added && (
        <p role="status" className="ok">
          {added}
        </p>
      )}
      {draft && (
        <form onSubmit={save} className="confirm-card" aria-label="Check the life event" noValidate>
          {!draft.when && <p className="care">I could not find a date in that. Say when below: a month or a year is enough.</p>}
          <EventTypePicker value={draft.typeKey} onChange={(typeKey) => setDraft({ ...draft, typeKey })} />
          <TextInput label="In a few words" value={draft.title} onChange={(title) => setDraft({ ...draft, title })} error={errors.title} />
          <PreciseDateField legend="When" value={draft.when} onChange={(when) => setDraft({ ...draft, when })} spoken={false} error={errors.date} />
          <label className="check">
            <input type="checkbox" checked={draft.ongoing} onChange={(e) => setDraft({ ...draft, ongoing: e.target.checked })} />
            Still going on
          </label>
          <fieldset className="choice-list">
            <legend>Who it is about</legend>
            {people.map((p) => (
              <label key={p.id}>
                <input
                  type="checkbox"
                  checked={draft.personIds.includes(p.id)}
                  onChange={(e) => setDraft({ ...draft, personIds: e.target.checked ? [...draft.personIds, p.id] : draft.personIds.filter((id) => id !== p.id) })}
                />
                {p.displayName}
              </label>
            ))}
            {errors.personIds && (
              <p role="alert" className="error">
                {errors.personIds}
              </p>
            )}
          </fieldset>
          <FormError error={create.error} shown={['title', 'date', 'personIds']} />
          <div className="button-row">
            <button type="submit" className="primary" disabled={!draft.when || create.isPending}>
              {create.isPending ? 'Saving…' : 'Save life event'}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
