import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { DatabaseProtection, ProtectionChange } from '../../../src/contract/async-channels.ts';
import { useApi } from '../../api/context.tsx';
import { fieldErrors } from '../../api/errors.ts';
import { AppDialog } from '../../components/AppDialog.tsx';
import { ErrorMessage, FormError } from '../../components/ErrorMessage.tsx';
import { Section } from '../../components/Section.tsx';
import { CannotBeRecovered, PassphraseFields } from '../../lock/PassphraseFields.tsx';

const KEY = ['databaseProtection:get'];

const STATE_TEXT: Record<DatabaseProtection['protection'], string> = {
  keychain: 'Your data is encrypted, with its key kept in this computer’s keychain: Ask After opens without asking. A passphrase instead means nobody can open it without typing the passphrase, even signed in as you.',
  passphrase: 'Your data is encrypted with a passphrase, asked for each time Ask After starts.',
  'key-file': 'Your data is encrypted with the key in the file ASKAFTER_KEY_FILE names; change that file to change the key.',
  none: 'Your data is stored unencrypted: anyone with a copy of the file can read it.',
};

type Editing = 'set' | 'remove' | null;

/** Settings → "Protect with a passphrase": set, change or remove the passphrase the database is locked with (desktop app). */
export function PassphraseSettingsSection() {
  const api = useApi();
  const current = useQuery({ queryKey: KEY, queryFn: () => api.callAsync('databaseProtection:get') });
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<ProtectionChange | null>(null);
  const view = current.data;
  return (
    <Section title="Protect with a passphrase">
      {current.isError ? (
        <ErrorMessage error={current.error} />
      ) : !view ? (
        <p role="status">Loading…</p>
      ) : (
        <div className="stack narrow">
          <p>{STATE_TEXT[view.protection]}</p>
          {!view.canChange && view.protection !== 'key-file' && <p className="muted">A passphrase is set in the desktop app.</p>}
          {done && (
            <p role="status" className="ok">
              {done.protection === 'passphrase' ? 'Your data is now locked with the new passphrase.' : done.protection === 'keychain' ? 'The passphrase was removed; the key is in this computer’s keychain.' : 'The passphrase was removed; your data is now stored unencrypted.'}{' '}
              {done.backupsRekeyed > 0 && `${done.backupsRekeyed === 1 ? '1 backup was' : `${done.backupsRekeyed} backups were`} re-locked to match.`}
              {done.backupsLeft > 0 && ` ${done.backupsLeft === 1 ? '1 backup' : `${done.backupsLeft} backups`} could not be opened and kept the old key.`}
            </p>
          )}
          {view.canChange && (
            <div className="button-row">
              <button type="button" onClick={() => setEditing('set')}>
                {view.protection === 'passphrase' ? 'Change the passphrase…' : 'Protect with a passphrase…'}
              </button>
              {view.protection === 'passphrase' && (
                <button type="button" className="danger" onClick={() => setEditing('remove')}>
                  Remove the passphrase…
                </button>
              )}
            </div>
          )}
          {editing === 'set' && (
            <SetPassphraseDialog
              view={view}
              onClose={(result) => {
                setEditing(null);
                if (result) setDone(result);
              }}
            />
          )}
          {editing === 'remove' && (
            <RemovePassphraseDialog
              view={view}
              onClose={(result) => {
                setEditing(null);
                if (result) setDone(result);
              }}
            />
          )}
        </div>
      )}
    </Section>
  );
}

function useProtectionChange<I>(run: (input: I) => Promise<ProtectionChange>, onDone: (result: ProtectionChange) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      queryClient.setQueryData(KEY, result);
      void queryClient.invalidateQueries({ queryKey: ['backups:list'] });
      onDone(result);
    },
  });
}

function CurrentPassphraseField({ value, onChange, error }: { value: string; onChange(value: string): void; error?: string | undefined }) {
  const ids = { field: useId(), error: useId() };
  return (
    <div className="field">
      <label htmlFor={ids.field}>Current passphrase</label>
      <input id={ids.field} type="password" autoComplete="current-password" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={Boolean(error)} aria-describedby={error ? ids.error : undefined} />
      {error && (
        <p className="error field-error" id={ids.error}>
          {error}
        </p>
      )}
    </div>
  );
}

function SetPassphraseDialog({ view, onClose }: { view: DatabaseProtection; onClose(result?: ProtectionChange): void }) {
  const api = useApi();
  const changing = view.protection === 'passphrase';
  const [current, setCurrent] = useState('');
  const [draft, setDraft] = useState({ passphrase: '', repeat: '' });
  const save = useProtectionChange((input: { current: string | null; passphrase: string; repeat: string }) => api.callAsync('databaseProtection:setPassphrase', input), onClose);
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ current: changing ? current : null, ...draft });
  };
  return (
    <AppDialog title={changing ? 'Change the passphrase' : 'Protect with a passphrase'} isOpen onOpenChange={(open) => !open && !save.isPending && onClose()}>
      <form className="stack dialog-body" onSubmit={submit} aria-label={changing ? 'Change the passphrase' : 'Set a passphrase'} noValidate>
        <p>Ask After will ask for it each time it starts. A backup is made first; your backups are re-locked with the new passphrase, so you can still restore them.</p>
        {changing && <CurrentPassphraseField value={current} onChange={setCurrent} error={errors.current} />}
        <PassphraseFields passphrase={draft.passphrase} repeat={draft.repeat} onChange={setDraft} errors={errors} />
        <CannotBeRecovered />
        <FormError error={save.error} shown={['current', 'passphrase', 'repeat']} />
        <div className="dialog-actions">
          <button type="button" onClick={() => onClose()} disabled={save.isPending}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Encrypting…' : changing ? 'Change the passphrase' : 'Set the passphrase'}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}

function RemovePassphraseDialog({ view, onClose }: { view: DatabaseProtection; onClose(result?: ProtectionChange): void }) {
  const api = useApi();
  const [current, setCurrent] = useState('');
  const remove = useProtectionChange((input: { current: string }) => api.callAsync('databaseProtection:removePassphrase', input), onClose);
  const errors = fieldErrors(remove.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    remove.mutate({ current });
  };
  return (
    <AppDialog title="Remove the passphrase?" role="alertdialog" isOpen onOpenChange={(open) => !open && !remove.isPending && onClose()}>
      <form className="stack dialog-body" onSubmit={submit} aria-label="Remove the passphrase" noValidate>
        <p>
          {view.keychainAvailable
            ? 'The key goes to this computer’s keychain instead, and Ask After opens without asking. Your data stays encrypted.'
            : 'This computer has no system keychain, so without the passphrase your data will be stored unencrypted: anyone with a copy of the file could read it.'}
        </p>
        <CurrentPassphraseField value={current} onChange={setCurrent} error={errors.current} />
        <FormError error={remove.error} shown={['current']} />
        <div className="dialog-actions">
          <button type="button" onClick={() => onClose()} disabled={remove.isPending}>
            Keep the passphrase
          </button>
          <button type="submit" className="danger" disabled={remove.isPending}>
            {remove.isPending ? 'Working…' : 'Remove the passphrase'}
          </button>
        </div>
      </form>
    </AppDialog>
  );
}
