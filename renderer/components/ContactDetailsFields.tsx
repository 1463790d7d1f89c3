import { useEffect, useRef } from 'react';
import { Button, FieldError, Input, Label, TextField } from 'react-aria-components';
import { DETAIL_LABELS, type ContactDetail, type DetailKind } from '../../src/contract/schemas/contact-details.ts';

/** One line of the form: what was typed, kept as typed until it is saved. */
export interface DetailRow {
  value: string;
  label: string;
}

/** The form's lines for someone's numbers or addresses; one empty line to type into when they have none. */
export const rowsOf = (details: readonly ContactDetail[] | undefined, fallback: string | null): DetailRow[] => {
  const rows = details ? details.map((d) => ({ value: d.value, label: d.label ?? '' })) : fallback ? [{ value: fallback, label: '' }] : [];
  return rows.length > 0 ? rows : [{ value: '', label: '' }];
};

const isBlank = (row: DetailRow) => row.value.trim() === '' && row.label.trim() === '';

/** What to send: every line but the empty ones (a label without a number is sent, so the reply says what is missing). */
export const detailsInput = (rows: readonly DetailRow[]) => rows.filter((r) => !isBlank(r)).map((r) => ({ value: r.value, label: r.label }));

/** The index a line has in what was sent, for placing the reply's field errors ("phones.1.value"). */
const sentIndex = (rows: readonly DetailRow[], i: number) => rows.slice(0, i).filter((r) => !isBlank(r)).length;

/** The paths of the errors these fields show beside themselves. */
export const detailErrorPaths = (name: string, rows: readonly DetailRow[]) => [name, ...rows.flatMap((_, i) => [`${name}.${i}.value`, `${name}.${i}.label`])];

const WORDS: Record<DetailKind, { one: string; type: 'tel' | 'email' }> = {
  phone: { one: 'phone number', type: 'tel' },
  email: { one: 'e-mail address', type: 'email' },
};

interface Props {
  kind: DetailKind;
  /** The contract's field name: phones or emails. */
  name: 'phones' | 'emails';
  rows: readonly DetailRow[];
  onChange(rows: DetailRow[]): void;
  errors: Record<string, string>;
}

/**
 * Several numbers (or addresses), each with a label: mobile, home, work, other or any words.
 * Tab moves through number, label and Remove; "Add another" puts the cursor in the new line.
 */
export function ContactDetailsFields({ kind, name, rows, onChange, errors }: Props) {
  const words = WORDS[kind];
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  // The line to put the cursor in once it is on screen (after Add or Remove).
  const focusLine = useRef<number | null>(null);
  useEffect(() => {
    if (focusLine.current === null) return;
    inputs.current[focusLine.current]?.focus();
    focusLine.current = null;
  });
  const setFocusLine = (line: number) => {
    focusLine.current = line;
  };

  const change = (i: number, part: Partial<DetailRow>) => onChange(rows.map((row, j) => (j === i ? { ...row, ...part } : row)));
  const remove = (i: number) => {
    const left = rows.filter((_, j) => j !== i);
    onChange(left.length > 0 ? left : [{ value: '', label: '' }]);
    setFocusLine(Math.max(0, Math.min(i, left.length - 1)));
  };
  const add = () => {
    onChange([...rows, { value: '', label: '' }]);
    setFocusLine(rows.length);
  };
  const listId = `${name}-labels`;
  const capital = words.one.charAt(0).toUpperCase() + words.one.slice(1);

  return (
    <fieldset className="contact-details">
      <legend>{kind === 'phone' ? 'Phone numbers' : 'E-mail addresses'} (the first is the main one)</legend>
      <datalist id={listId}>
        {DETAIL_LABELS.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
      {rows.map((row, i) => {
        const at = isBlank(row) ? null : sentIndex(rows, i);
        const error = (part: 'value' | 'label') => (at === null ? undefined : errors[`${name}.${at}.${part}`]);
        return (
          <div className="detail-row" key={i}>
            <TextField className="field grow" value={row.value} onChange={(value) => change(i, { value })} isInvalid={Boolean(error('value'))} validationBehavior="aria" type={words.type}>
              <Label>{`${capital} ${i + 1}`}</Label>
              <Input
                ref={(el) => {
                  inputs.current[i] = el;
                }}
                autoComplete="off"
              />
              <FieldError className="error">{error('value')}</FieldError>
            </TextField>
            <TextField className="field detail-label" value={row.label} onChange={(label) => change(i, { label })} isInvalid={Boolean(error('label'))} validationBehavior="aria">
              <Label>{`Label ${i + 1}`}</Label>
              <Input list={listId} placeholder="mobile, home, work…" autoComplete="off" />
              <FieldError className="error">{error('label')}</FieldError>
            </TextField>
            <Button className="detail-remove" onPress={() => remove(i)} aria-label={`Remove ${words.one} ${i + 1}`}>
              Remove
            </Button>
          </div>
        );
      })}
      {errors[name] && (
        <p role="alert" className="error">
          {errors[name]}
        </p>
      )}
      <Button className="link-button" onPress={add}>
        {`Add another ${words.one}`}
      </Button>
    </fieldset>
  );
}
