import { useId } from 'react';

interface PassphraseFieldsProps {
  passphrase: string;
  repeat: string;
  onChange(next: { passphrase: string; repeat: string }): void;
  /** Messages beside each field, from the contract's answer. */
  errors: Record<string, string>;
  label?: string;
}

/** A new passphrase, typed twice; what is wrong shows beside the field it is about. */
export function PassphraseFields({ passphrase, repeat, onChange, errors, label = 'New passphrase' }: PassphraseFieldsProps) {
  const ids = { passphrase: useId(), repeat: useId(), hint: useId(), passphraseError: useId(), repeatError: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.passphrase}>{label}</label>
        <input
          id={ids.passphrase}
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => onChange({ passphrase: e.target.value, repeat })}
          aria-invalid={Boolean(errors.passphrase)}
          aria-describedby={errors.passphrase ? `${ids.hint} ${ids.passphraseError}` : ids.hint}
        />
        <p className="field-hint" id={ids.hint}>
          8 characters at least. A few unrelated words are easy to remember and hard to guess.
        </p>
        {errors.passphrase && (
          <p className="error field-error" id={ids.passphraseError}>
            {errors.passphrase}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.repeat}>Type it again</label>
        <input
          id={ids.repeat}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => onChange({ passphrase, repeat: e.target.value })}
          aria-invalid={Boolean(errors.repeat)}
          aria-describedby={errors.repeat ? ids.repeatError : undefined}
        />
        {errors.repeat && (
          <p className="error field-error" id={ids.repeatError}>
            {errors.repeat}
          </p>
        )}
      </div>
    </>
  );
}

/** Said wherever a passphrase is set: there is no way back from a forgotten one. */
export function CannotBeRecovered() {
  return (
    <p className="notice">
      <strong>If you forget this passphrase, your data cannot be recovered.</strong> Ask After does not keep it anywhere, and nobody can reset it for you. Write it down
      somewhere safe, away from this computer.
    </p>
  );
}
