import { useId, useState, type FormEvent } from 'react';
import type { BriefingPreferences } from '../../../src/contract/schemas/briefing-preferences.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { ErrorMessage, FormError } from '../../components/ErrorMessage.tsx';
import { Section } from '../../components/Section.tsx';

/** How briefings treat someone who has just lost someone close: kept with the data, used everywhere. */
export function KindnessSettingsSection() {
  const current = useChannel('briefingSettings:get', {});
  return (
    <Section title="Briefings after a loss">
      {current.isError ? <ErrorMessage error={current.error} /> : current.data ? <KindnessForm initial={current.data} /> : <p role="status">Loading briefing settings…</p>}
    </Section>
  );
}

function KindnessForm({ initial }: { initial: BriefingPreferences }) {
  const [days, setDays] = useState(initial.griefSoftensDays);
  const [saved, setSaved] = useState(false);
  const save = useChannelMutation('briefingSettings:save', { onSuccess: () => setSaved(true) });
  const errors = fieldErrors(save.error);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ griefSoftensDays: days });
  };
  return (
    <form className="stack narrow" onSubmit={submit} aria-label="Briefings after a loss" noValidate>
      <div className="field">
        <label htmlFor={id}>Days good news steps back after a close death</label>
        <input
          id={id}
          type="number"
          min={0}
          max={365}
          value={Number.isNaN(days) ? '' : days}
          onChange={(e) => {
            setSaved(false);
            setDays(e.target.valueAsNumber);
          }}
          aria-invalid={Boolean(errors.griefSoftensDays)}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="field-hint">
          For this long, the condolence comes first: their celebrations and small talk are no headlines, and are worded gently. 0 turns it off.
        </p>
        {errors.griefSoftensDays && <p className="error">{errors.griefSoftensDays}</p>}
      </div>
      <FormError error={save.error} shown={['griefSoftensDays']} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
        {saved && (
          <p role="status" className="ok">
            Saved.
          </p>
        )}
      </div>
    </form>
  );
}
