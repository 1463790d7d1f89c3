import { useId, useMemo, useState, type FormEvent } from 'react';
import { lifeEventType, type LifeEventTypeKey } from '../../../src/catalogue/life-events.ts';
import type { FactChange, LifeEvent } from '../../../src/contract/schemas/events.ts';
import type { Person } from '../../../src/contract/schemas/people.ts';
import type { PreciseDate } from '../../../src/dates/calendar-date.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannelMutation, useChannels } from '../../api/hooks.ts';
import { ErrorMessage, FormError } from '../../components/ErrorMessage.tsx';
import { EventTypePicker } from '../../components/EventTypePicker.tsx';
import { TextInput } from '../../components/fields.tsx';
import { PreciseDateField } from '../../components/PreciseDateField.tsx';
import { wallClock } from '../../dates/spoken.ts';
import { peopleNamed } from '../../quick-add/named-people.ts';
import { parseSpokenEvent } from '../../quick-add/spoken-event.ts';
import { useFormat, type Formatter } from '../../settings/format.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';

interface Draft {
  typeKey: LifeEventTypeKey;
  title: string;
  when: PreciseDate | null;
  ongoing: boolean;
  personIds: number[];
  /** Who died, for a death: one of `personIds`, or null for someone not in the book. */
  subjectId: number | null;
  /** How many people the text named, to say why the user must pick. */
  named: number;
}

interface Candidate {
  person: Person;
  /** "Sue's spouse" for a relative of someone at the visit; null for someone at the visit. */
  relation: string | null;
}

const DEATHS: ReadonlySet<LifeEventTypeKey> = new Set(['death', 'pet-death']);

/** The people at the visit, then their living relatives, each once. */
function useCandidates(people: readonly Person[]): { candidates: Candidate[]; error: unknown } {
  const results = useChannels(
    'people:relatives',
    people.map((p) => ({ id: p.id })),
  );
  return useMemo(() => {
    const seen = new Set<number>();
    const candidates: Candidate[] = [];
    for (const person of people) {
      if (seen.has(person.id)) continue;
      seen.add(person.id);
      candidates.push({ person, relation: null });
    }
    results.forEach((result, i) => {
      const of = people[i];
      for (const view of result.data ?? []) {
        if (seen.has(view.other.id) || view.other.diedOn !== null || !view.relationship.current || of === undefined) continue;
        seen.add(view.other.id);
        candidates.push({ person: view.other, relation: `${of.givenName}'s ${view.otherIs}` });
      }
    });
    return { candidates, error: results.find((r) => r.error)?.error };
  }, [people, results]);
}

function changeText(change: FactChange, format: Formatter): string {
  const when = format.precise({ date: change.date, precision: change.precision });
  switch (change.kind) {
    case 'died':
      return `Also marked ${change.personName} as having died ${change.precision === 'day' ? 'on' : 'in'} ${when}.`;
    case 'relationship-ended':
      return `Also ended ${change.personName} and ${change.otherName ?? 'their partner'}'s partnership as of ${when}.`;
    case 'role-ended':
      return `Also ended ${change.personName}'s role at ${change.otherName ?? 'the client'} as of ${when}.`;
  }
}

/**
 * News heard at the visit, typed as it was said ("grandchild born last Tuesday"). What was
 * understood (kind, date, how precise, whom it names) is shown back to confirm before it is
 * saved. It is about the person the text names, never everyone at the visit by default.
 */
export function QuickAddEvent({ clientId, people }: { clientId: number; people: readonly Person[] }) {
  const { settings } = useSettings();
  const format = useFormat();
  const sayId = useId();
  const diedId = useId();
  const [said, setSaid] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<LifeEvent | null>(null);
  const [undone, setUndone] = useState('');
  const { candidates, error: relativesError } = useCandidates(people);
  const create = useChannelMutation('events:create', {
    onSuccess: (event) => {
      setSaved(event);
      setSaid('');
      setDraft(null);
    },
  });
  const undo = useChannelMutation('events:delete', {
    onSuccess: () => {
      setUndone(`Undone: “${saved?.title ?? 'the news'}” and what it changed were taken back.`);
      setSaved(null);
    },
  });
  const errors = fieldErrors(create.error);

  const read = (event: FormEvent) => {
    event.preventDefault();
    if (said.trim() === '') return;
    const parsed = parseSpokenEvent(said, wallClock(new Date(), settings.timeZone));
    const named = peopleNamed(said, candidates.map((c) => c.person));
    setSaved(null);
    setUndone('');
    create.reset();
    const only = named.length === 1 ? named : [];
    setDraft({
      typeKey: parsed.typeKey,
      title: parsed.title,
      when: parsed.when && { date: parsed.when.date, precision: parsed.when.precision },
      ongoing: parsed.ongoing,
      personIds: only,
      subjectId: only[0] ?? null,
      named: named.length,
    });
  };

  const business = draft !== null && draft.personIds.length === 0 && lifeEventType(draft.typeKey).category === 'business';
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!draft?.when || (draft.personIds.length === 0 && !business)) return;
    const isDeath = DEATHS.has(draft.typeKey);
    create.mutate({
      typeKey: draft.typeKey,
      title: draft.title,
      date: draft.when.date,
      precision: draft.when.precision,
      ongoing: draft.ongoing,
      personIds: draft.personIds,
      clientId: business ? clientId : null,
      subjectId: isDeath && draft.subjectId !== null && draft.personIds.includes(draft.subjectId) ? draft.subjectId : null,
    });
  };

  const toggle = (id: number, on: boolean) => {
    if (!draft) return;
    const personIds = on ? [...draft.personIds, id] : draft.personIds.filter((p) => p !== id);
    setDraft({ ...draft, personIds, subjectId: draft.subjectId !== null && personIds.includes(draft.subjectId) ? draft.subjectId : (personIds.length === 1 ? (personIds[0] ?? null) : null) });
  };

  return (
    <div className="quick-add">
      <form onSubmit={read} className="quick-add-say">
        <div className="field grow">
          <label htmlFor={sayId}>News, as they told it</label>
          <input id={sayId} value={said} onChange={(e) => setSaid(e.target.value)} placeholder="grandchild born last Tuesday" autoComplete="off" />
        </div>
        <button type="submit">Read it</button>
      </form>
      {saved && (
        <div role="status" className="ok">
          <p>
            Saved: {saved.title}, {format.precise(saved)}.
          </p>
          {(saved.alsoChanged ?? []).map((change) => (
            <p key={`${change.kind}:${change.recordId}`}>{changeText(change, format)}</p>
          ))}
          {(saved.alsoChanged ?? []).length > 0 && (
            <button type="button" className="quiet" disabled={undo.isPending} onClick={() => undo.mutate({ id: saved.id })}>
              Undo
            </button>
          )}
        </div>
      )}
      {undone && (
        <p role="status" className="ok">
          {undone}
        </p>
      )}
      <ErrorMessage error={undo.error ?? relativesError} />
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
            {draft.personIds.length === 0 && !business && (
              <p className="care">{draft.named > 1 ? 'That names more than one person: tick who it is about.' : 'Who is this about? Tick the person it names.'}</p>
            )}
            {candidates.map(({ person, relation }) => (
              <label key={person.id}>
                <input type="checkbox" checked={draft.personIds.includes(person.id)} onChange={(e) => toggle(person.id, e.target.checked)} />
                {person.displayName}
                {relation && <span className="muted"> ({relation})</span>}
              </label>
            ))}
            {errors.personIds && (
              <p role="alert" className="error">
                {errors.personIds}
              </p>
            )}
          </fieldset>
          {DEATHS.has(draft.typeKey) && draft.personIds.length > 0 && (
            <div className="field">
              <label htmlFor={diedId}>Who died?</label>
              <select id={diedId} value={draft.subjectId ?? ''} onChange={(e) => setDraft({ ...draft, subjectId: e.target.value === '' ? null : Number(e.target.value) })}>
                {draft.personIds.map((id) => (
                  <option key={id} value={id}>
                    {candidates.find((c) => c.person.id === id)?.person.displayName ?? 'Someone'}
                  </option>
                ))}
                <option value="">Someone not in the address book</option>
              </select>
            </div>
          )}
          <FormError error={create.error} shown={['title', 'date', 'personIds']} />
          <div className="button-row">
            <button type="submit" className="primary" disabled={!draft.when || (draft.personIds.length === 0 && !business) || create.isPending}>
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
