import { useId, useState, type FormEvent } from 'react';
import type { ShellSettings, ShellSettingsView } from '../../../src/contract/schemas/shell.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { ErrorMessage, FormError } from '../../components/ErrorMessage.tsx';
import { Section } from '../../components/Section.tsx';

const inDesktopApp = () => typeof window !== 'undefined' && window.askafter !== undefined;

/** Reminders, the tray, start at login and quick capture: kept in the database, applied by the desktop app at once. */
export function DesktopSettingsSection() {
  const current = useChannel('shellSettings:get', {});
  return (
    <Section title="Reminders and the desktop">
      {current.isError ? <ErrorMessage error={current.error} /> : current.data ? <DesktopSettingsForm initial={current.data} /> : <p role="status">Loading desktop settings…</p>}
    </Section>
  );
}

function DesktopSettingsForm({ initial }: { initial: ShellSettingsView }) {
  const [draft, setDraft] = useState<ShellSettings>(initial.settings);
  const [saved, setSaved] = useState(false);
  const save = useChannelMutation('shellSettings:save', { onSuccess: () => setSaved(true) });
  const errors = fieldErrors(save.error);
  const ids = { lead: useId(), morning: useId(), quietStart: useId(), quietEnd: useId(), shortcut: useId() };
  const view = save.data ?? initial;
  const keepRunning = draft.keepRunningInTray ?? view.keepRunningInTray;
  const change = (next: ShellSettings) => {
    setSaved(false);
    setDraft(next);
  };
  const reminders = (patch: Partial<ShellSettings['reminders']>) => change({ ...draft, reminders: { ...draft.reminders, ...patch } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ ...draft, keepRunningInTray: keepRunning });
  };

  return (
    <>
      {!inDesktopApp() && <p className="muted">These settings take effect in the desktop app; they are saved with your data.</p>}
      <form className="stack narrow" onSubmit={submit} aria-label="Reminders and the desktop" noValidate>
        <fieldset className="choice-list">
          <legend>Reminders</legend>
          <label className="check">
            <input type="checkbox" checked={draft.reminders.enabled} onChange={(e) => reminders({ enabled: e.target.checked })} />
            Remind me before visits and when follow-ups are due
          </label>
          <div className="field">
            <label htmlFor={ids.lead}>Minutes before a visit</label>
            <input
              id={ids.lead}
              type="number"
              min={0}
              max={1440}
              step={5}
              value={Number.isNaN(draft.reminders.leadMinutes) ? '' : draft.reminders.leadMinutes}
              onChange={(e) => reminders({ leadMinutes: e.target.valueAsNumber })}
              disabled={!draft.reminders.enabled}
              aria-invalid={Boolean(errors['reminders.leadMinutes'])}
            />
            {errors['reminders.leadMinutes'] && <p className="error">{errors['reminders.leadMinutes']}</p>}
          </div>
          <label className="check">
            <input type="checkbox" checked={draft.reminders.morningSummary} onChange={(e) => reminders({ morningSummary: e.target.checked })} disabled={!draft.reminders.enabled} />
            A summary of the day&apos;s visits each morning
          </label>
          <div className="field">
            <label htmlFor={ids.morning}>Morning summary at</label>
            <input id={ids.morning} type="time" value={draft.reminders.morningAt} onChange={(e) => reminders({ morningAt: e.target.value })} disabled={!draft.reminders.enabled || !draft.reminders.morningSummary} />
          </div>
          <label className="check">
            <input type="checkbox" checked={draft.reminders.quietHours.enabled} onChange={(e) => reminders({ quietHours: { ...draft.reminders.quietHours, enabled: e.target.checked } })} disabled={!draft.reminders.enabled} />
            Quiet hours: hold reminders until they end
          </label>
          <div className="choice-row">
            <div className="field">
              <label htmlFor={ids.quietStart}>Quiet from</label>
              <input id={ids.quietStart} type="time" value={draft.reminders.quietHours.start} onChange={(e) => reminders({ quietHours: { ...draft.reminders.quietHours, start: e.target.value } })} disabled={!draft.reminders.enabled || !draft.reminders.quietHours.enabled} />
            </div>
            <div className="field">
              <label htmlFor={ids.quietEnd}>until</label>
              <input id={ids.quietEnd} type="time" value={draft.reminders.quietHours.end} onChange={(e) => reminders({ quietHours: { ...draft.reminders.quietHours, end: e.target.value } })} disabled={!draft.reminders.enabled || !draft.reminders.quietHours.enabled} />
            </div>
          </div>
        </fieldset>
        <fieldset className="choice-list">
          <legend>When the window is closed</legend>
          <label className="check">
            <input type="checkbox" checked={keepRunning} onChange={(e) => change({ ...draft, keepRunningInTray: e.target.checked })} />
            Keep running in the tray, so reminders still come
          </label>
          <label className="check">
            <input type="checkbox" checked={draft.startAtLogin} onChange={(e) => change({ ...draft, startAtLogin: e.target.checked })} />
            Start Ask After when I log in (in the tray, without a window)
          </label>
        </fieldset>
        <fieldset className="choice-list">
          <legend>Quick note</legend>
          <label className="check">
            <input type="checkbox" checked={draft.quickCaptureEnabled} onChange={(e) => change({ ...draft, quickCaptureEnabled: e.target.checked })} />
            Open a quick note from anywhere with a keyboard shortcut
          </label>
          <div className="field">
            <label htmlFor={ids.shortcut}>Shortcut</label>
            <input
              id={ids.shortcut}
              value={draft.quickCaptureShortcut}
              onChange={(e) => change({ ...draft, quickCaptureShortcut: e.target.value })}
              disabled={!draft.quickCaptureEnabled}
              aria-invalid={Boolean(errors.quickCaptureShortcut)}
              aria-describedby={`${ids.shortcut}-help`}
              autoComplete="off"
            />
            <p id={`${ids.shortcut}-help`} className="muted">
              CommandOrControl is Ctrl on Windows and Linux, ⌘ on a Mac.
            </p>
            {errors.quickCaptureShortcut && <p className="error">{errors.quickCaptureShortcut}</p>}
            {view.shortcutProblem && (
              <p role="alert" className="care">
                {view.shortcutProblem}
              </p>
            )}
          </div>
        </fieldset>
        <FormError error={save.error} shown={['reminders.leadMinutes', 'quickCaptureShortcut']} />
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
    </>
  );
}
