import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupSummary } from '../../../src/contract/async-channels.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useApi } from '../../api/context.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../settings/format.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';
import { reasonLabel, sizeText } from './labels.ts';

const LIST_KEY = ['backups:list'];

/** Where backups are kept, what they hold, one made on demand, and restoring one after a confirmation. */
export function BackupsSection() {
  const api = useApi();
  const queryClient = useQueryClient();
  const format = useFormat();
  const { locale } = useSettings().settings;
  const list = useQuery({ queryKey: LIST_KEY, queryFn: () => api.callAsync('backups:list') });
  const create = useMutation({
    mutationFn: () => api.callAsync('backups:create'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: LIST_KEY }),
  });
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const restore = useMutation({
    mutationFn: (backup: BackupSummary) => api.callAsync('backups:restore', { file: backup.file }),
    onSuccess: () => {
      setRestoring(null);
      // Every screen shows the restored data now.
      void queryClient.invalidateQueries();
    },
  });

  return (
    <Section
      title="Backups"
      actions={
        <button type="button" onClick={() => create.mutate()} disabled={create.isPending}>
          {create.isPending ? 'Backing up…' : 'Back up now'}
        </button>
      }
    >
      <ErrorMessage error={create.error} />
      {create.isSuccess && (
        <p role="status" className="ok">
          Backed up: {fileName(create.data.file)} ({sizeText(create.data.bytes, locale)}
          {create.data.counts && `; ${countsText(create.data.counts)}`}).
        </p>
      )}
      {restore.isSuccess && (
        <p role="status" className="ok">
          Restored the backup from {format.instant(restore.data.restored.takenAt)}.
          {restore.data.safetyBackup && ` What was there before is kept in the backup from ${format.instant(restore.data.safetyBackup.takenAt)}, should you want it back.`}
        </p>
      )}
      {list.isPending ? (
        <p role="status">Looking for backups…</p>
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <>
          <p>
            Kept in <code className="path">{list.data.folder}</code>. A backup is made every day, before every import or upgrade, and when you ask; older ones are thinned out
            after a week and gone after a month.
          </p>
          {list.data.backups.length === 0 ? (
            <p className="muted">No backups yet.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption>Backups, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Taken</th>
                    <th scope="col">Why</th>
                    <th scope="col" className="numeric">
                      Size
                    </th>
                    <th scope="col" className="numeric">
                      Clients
                    </th>
                    <th scope="col" className="numeric">
                      People
                    </th>
                    <th scope="col" className="numeric">
                      Visits
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...list.data.backups]
                    .sort((a, b) => b.takenAt.localeCompare(a.takenAt))
                    .map((b) => (
                      <tr key={b.file}>
                        <td title={b.file}>{format.instant(b.takenAt)}</td>
                        <td>{reasonLabel(b.reason)}</td>
                        <td className="numeric">{sizeText(b.bytes, locale)}</td>
                        <BackupCounts backup={b} />
                        <td>
                          <button
                            type="button"
                            onClick={() => {
                              restore.reset();
                              setRestoring(b);
                            }}
                            disabled={!b.counts}
                            aria-label={`Restore the backup from ${format.instant(b.takenAt)}…`}
                          >
                            Restore…
                          </button>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {restoring && (
        <ConfirmDialog
          title="Restore this backup?"
          isOpen
          onOpenChange={(open) => !open && setRestoring(null)}
          confirmLabel="Restore"
          onConfirm={() => restore.mutate(restoring)}
          pending={restore.isPending}
          error={restore.error}
        >
          <p>
            Everything in Ask After now will be replaced by the backup from <strong>{format.instant(restoring.takenAt)}</strong>
            {restoring.counts && ` (${countsText(restoring.counts)})`}. Anything added or changed since then is replaced too.
          </p>
          <p>A backup of the data as it is now is taken first, so you can restore that one if you change your mind.</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}

function BackupCounts({ backup }: { backup: BackupSummary }) {
  if (!backup.counts)
    return (
      <td colSpan={3} className="muted">
        could not be read
      </td>
    );
  const { clients, people, visits } = backup.counts;
  return (
    <>
      <td className="numeric">{clients ?? '—'}</td>
      <td className="numeric">{people ?? '—'}</td>
      <td className="numeric">{visits ?? '—'}</td>
    </>
  );
}

/** "1 client, 3 people, 12 visits". */
function countsText({ clients, people, visits }: NonNullable<BackupSummary['counts']>): string {
  const count = (n: number | null, one: string, many: string) => (n === null ? `? ${many}` : `${n} ${n === 1 ? one : many}`);
  return [count(clients, 'client', 'clients'), count(people, 'person', 'people'), count(visits, 'visit', 'visits')].join(', ');
}

/** The backup's own name, without its folder. */
const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
