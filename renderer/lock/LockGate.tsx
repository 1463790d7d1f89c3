import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import type { LockStatus } from '../../src/contract/async-channels.ts';
import type { ApiClient } from '../api/client.ts';
import { fieldErrors } from '../api/errors.ts';
import { FormError } from '../components/ErrorMessage.tsx';
import { CannotBeRecovered, PassphraseFields } from './PassphraseFields.tsx';
import './lock.css';

type GateState = LockStatus['state'] | 'checking';

/**
 * Nothing of the app is shown until the database is open: the desktop app asks for the
 * passphrase here first (or, without a system keychain, offers to set one). In the preview the
 * database is always open and this renders the app at once.
 */
export function LockGate({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [state, setState] = useState<GateState>('checking');
  useEffect(() => {
    let live = true;
    client.callAsync('databaseLock:status').then(
      (status) => live && setState(status.state),
      // An old main process without the lock channels: the app's own calls say what is wrong.
      () => live && setState('open'),
    );
    return () => {
      live = false;
    };
  }, [client]);
  if (state === 'open') return <>{children}</>;
  if (state === 'checking') return null;
  return (
    <main className="lock-screen">
      <div className="lock-card">{state === 'locked' ? <UnlockForm client={client} onOpen={() => setState('open')} /> : <ChooseForm client={client} onOpen={() => setState('open')} />}</div>
    </main>
  );
}

function UnlockForm({ client, onOpen }: { client: ApiClient; onOpen(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ids = { field: useId(), error: useId() };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await client.callAsync('databaseLock:unlock', { passphrase });
      onOpen();
    } catch (failure) {
      setError(failure);
      setPending(false);
    }
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-label="Unlock Ask After" noValidate>
      <h1>Ask After is locked</h1>
      <p>Your data is encrypted with a passphrase. Type it to open Ask After.</p>
      <div className="field">
        <label htmlFor={ids.field}>Passphrase</label>
        <input
          id={ids.field}
          type="password"
          autoComplete="current-password"
          // The one thing to do on this screen.
          autoFocus
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? ids.error : undefined}
        />
      </div>
      <FormError error={error} shown={[]} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={pending || passphrase.length === 0}>
          {pending ? 'Unlocking…' : 'Unlock'}
        </button>
      </div>
    </form>
  );
}

function ChooseForm({ client, onOpen }: { client: ApiClient; onOpen(): void }) {
  const [draft, setDraft] = useState({ passphrase: '', repeat: '' });
  const [pending, setPending] = useState<'protect' | 'plain' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const choose = async (passphrase: string | null) => {
    setPending(passphrase === null ? 'plain' : 'protect');
    setError(null);
    try {
      await client.callAsync('databaseLock:choose', passphrase === null ? { passphrase: null } : { passphrase, repeat: draft.repeat });
      onOpen();
    } catch (failure) {
      setError(failure);
      setPending(null);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void choose(draft.passphrase);
  };
  const errors = fieldErrors(error);
  return (
    <form className="stack" onSubmit={submit} aria-label="Protect your data" noValidate>
      <h1>Protect your data with a passphrase</h1>
      <p>
        This computer has no system keychain to hold Ask After&apos;s key, so without a passphrase your notes (health, family, bereavements) would be stored unencrypted,
        readable by anyone who gets a copy of the file. With one, they are encrypted, and you type it each time Ask After starts.
      </p>
      <PassphraseFields passphrase={draft.passphrase} repeat={draft.repeat} onChange={setDraft} errors={errors} label="Passphrase" />
      <CannotBeRecovered />
      <FormError error={error} shown={['passphrase', 'repeat']} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={pending !== null}>
          {pending === 'protect' ? 'Encrypting…' : 'Protect with this passphrase'}
        </button>
        <button type="button" onClick={() => void choose(null)} disabled={pending !== null}>
          Continue without encryption
        </button>
      </div>
      <p className="muted">You can set a passphrase later in Settings.</p>
    </form>
  );
}
