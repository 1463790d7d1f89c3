import { useId, useState } from 'react';
import { atPrecision, calendarDate, dateParts, DATE_PRECISIONS, type DatePrecision, type PreciseDate } from '../../src/dates/calendar-date.ts';
import { parseSpokenDate, wallClock } from '../dates/spoken.ts';
import { PRECISION_LABEL, useFormat } from '../settings/format.ts';
import { useSettings } from '../settings/SettingsContext.tsx';
import { DayPicker } from './date-fields.tsx';
import { SelectField } from './fields.tsx';

const MONTHS = Array.from({ length: 12 }, (_, i) => ({
  id: String(i + 1),
  label: new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
}));

const PRECISION_CHOICE: Record<DatePrecision, string> = { day: 'Exact day', month: 'Month', year: 'Year' };

interface PreciseDateFieldProps {
  legend: string;
  value: PreciseDate | null;
  onChange(value: PreciseDate | null): void;
  /** Offer a box for dates typed as people say them ("last Tuesday", "in March"). */
  spoken?: boolean;
  error?: string | undefined;
}

/**
 * A date together with how much of it is known. Month and year precision never ask for a
 * day, so none is invented; what was understood is always shown back before saving.
 */
export function PreciseDateField({ legend, value, onChange, spoken = true, error }: PreciseDateFieldProps) {
  const format = useFormat();
  const { settings } = useSettings();
  const yearId = useId();
  const spokenId = useId();
  const [phrase, setPhrase] = useState('');
  const [notUnderstood, setNotUnderstood] = useState(false);
  // The year box keeps what is being typed ("20…") until it is a whole year.
  const [yearDraft, setYearDraft] = useState<string | null>(null);
  const precision = value?.precision ?? 'day';
  const parts = value ? dateParts(value.date) : null;

  const readPhrase = (text: string) => {
    setPhrase(text);
    if (text.trim() === '') return setNotUnderstood(false);
    const found = parseSpokenDate(text, wallClock(new Date(), settings.timeZone));
    setNotUnderstood(!found);
    if (found) onChange({ date: found.date, precision: found.precision });
  };

  const setPrecision = (next: DatePrecision) => {
    const base = value?.date ?? format.today();
    onChange({ date: atPrecision(base, next), precision: next });
  };

  const setYear = (text: string) => {
    setYearDraft(text);
    const year = Number(text);
    if (!Number.isInteger(year) || year < 1850 || year > 2200) return;
    onChange({ date: calendarDate(year, precision === 'month' ? (parts?.month ?? 1) : 1, 1), precision });
  };

  return (
    <fieldset className="precise-date">
      <legend>{legend}</legend>
      {spoken && (
        <div className="field">
          <label htmlFor={spokenId}>Type it as they said it</label>
          <input
            id={spokenId}
            value={phrase}
            onChange={(e) => readPhrase(e.target.value)}
            placeholder="e.g. last Tuesday, in March, 2019"
            autoComplete="off"
          />
        </div>
      )}
      <fieldset className="choice-row">
        <legend>How much is known</legend>
        {DATE_PRECISIONS.map((p) => (
          <label key={p}>
            <input type="radio" name={`${yearId}-precision`} checked={precision === p} onChange={() => setPrecision(p)} />
            {PRECISION_CHOICE[p]}
          </label>
        ))}
      </fieldset>
      <div className="precise-date-inputs">
        {precision === 'day' ? (
          <DayPicker label="Date" value={value?.date ?? null} onChange={(d) => onChange(d ? { date: d, precision: 'day' } : null)} />
        ) : (
          <>
            {precision === 'month' && (
              <SelectField
                label="Month"
                value={parts ? String(parts.month) : null}
                choices={MONTHS}
                onChange={(m) => onChange({ date: calendarDate(parts?.year ?? Number(format.today().slice(0, 4)), Number(m), 1), precision: 'month' })}
              />
            )}
            <div className="field">
              <label htmlFor={yearId}>Year</label>
              <input
                id={yearId}
                type="number"
                min={1850}
                max={2200}
                value={yearDraft ?? parts?.year ?? ''}
                onChange={(e) => setYear(e.target.value)}
                onBlur={() => setYearDraft(null)}
                className="year-input"
              />
            </div>
          </>
        )}
      </div>
      <p role="status" className="understood">
        {notUnderstood
          ? 'I could not read a date in that. Try "last Tuesday", "in March" or "2019", or pick it below.'
          : value
            ? `Understood: ${format.preciseWithDistance(value)} — ${PRECISION_LABEL[value.precision]}`
            : 'No date yet.'}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
