import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Person } from '../../../src/contract/schemas/people.ts';
import type { ForgetOutcome, Mention } from '../../../src/contract/schemas/transfer.ts';
import { useApi } from '../../api/context.tsx';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { AppDialog } from '../../components/AppDialog.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useFormat } from '../../settings/format.ts';
import { datedFileName, downloadText, fileSlug } from './download.ts';

/** A subject-access export and "forget for good", for the person page. */
export function PersonDataActions({ person }: { person: Person }) {
  const api = useApi();
  const format = useFormat();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const [forgetting, setForgetting] = useState(false);

  const exportAll = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const everything = await api.call('people:exportAll', { id: person.id });
      downloadText(datedFileName(format.today(), 'json', `person-${fileSlug(person.displayName)}`), `${JSON.stringify(everything, null, 2)}\n`, 'application/json');
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void exportAll()} disabled={exporting}>
        <Download aria-hidden size={16} /> {exporting ? 'Preparing…' : 'Export everything about this person'}
      </button>
      <button type="button" className="danger" onClick={() => setForgetting(true)}>
        Forget this person…
      </button>
      <ErrorMessage error={exportError} />
      {forgetting && <ForgetPersonDialog person={person} onCancel={() => setForgetting(false)} />}
    </>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Names what will go before it goes; afterwards lists the notes that still name them, since
 * free text is not rewritten, then leaves for People.
 */
function ForgetPersonDialog({ person, onCancel }: { person: Person; onCancel(): void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const held = useChannel('people:exportAll', { id: person.id });
  const forget = useChannelMutation('people:forget', {
    // Marked stale, not refetched: this page's reads of them would fail while the result shows.
    refresh: false,
    onSuccess: () => void queryClient.invalidateQueries({ refetchType: 'none' }),
  });
  const toPeople = () => void navigate(paths.people());

  if (forget.isSuccess) {
    return (
      <AppDialog title={`${forget.data.name} was forgotten`} isOpen onOpenChange={(open) => !open && toPeople()}>
        <ForgetResult outcome={forget.data} />
        <OlderBackups name={forget.data.name} />
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={toPeople}>
            Go to People
          </button>
        </div>
      </AppDialog>
    );
  }

  const what = held.data;
  const aloneEvents = what ? what.lifeEvents.filter((e) => e.personIds.length === 1).length : 0;
  return (
    <ConfirmDialog
      title={`Forget ${person.displayName} for good?`}
      isOpen
      onOpenChange={(open) => !open && onCancel()}
      confirmLabel={`Forget ${person.displayName}`}
      onConfirm={() => forget.mutate({ id: person.id, confirm: true })}
      pending={forget.isPending || held.isPending}
      error={forget.error ?? held.error}
    >
      <p>This deletes them now, not to the trash, and cannot be undone:</p>
      {what ? (
        <ul>
          <li>their details and notes</li>
          <li>{plural(what.roles.length, 'role', 'roles')} at clients</li>
          <li>{plural(what.relationships.length, 'relationship', 'relationships')} with relatives</li>
          <li>
            {plural(aloneEvents, 'life event', 'life events')} about them alone
            {what.lifeEvents.length > aloneEvents && ` (${plural(what.lifeEvents.length - aloneEvents, 'shared event stays', 'shared events stay')} without them)`}
          </li>
          <li>their attendance at {plural(what.attendance.length, 'visit', 'visits')}</li>
          <li>
            {plural(what.followUps.length, 'follow-up', 'follow-ups')} and {plural(what.knowHow.length, 'know-how note', 'know-how notes')} about them
          </li>
        </ul>
      ) : (
        held.isPending && <p role="status">Counting what is held about them…</p>
      )}
      <p>
        Notes that mention them by name are not rewritten: you will see a list to edit by hand. Older backups still hold them; once they are forgotten you can delete those
        backups too. To keep a copy, export everything about them first.
      </p>
    </ConfirmDialog>
  );
}

/**
 * Forgetting leaves the person in older backups. Says so, with how many and from when, and
 * offers to delete them; a fresh backup without the person is made first and kept.
 */
function OlderBackups({ name }: { name: string }) {
  const api = useApi();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const list = useQuery({ queryKey: ['backups:list'], queryFn: () => api.callAsync('backups:list'), refetchOnMount: 'always' });
  const purge = useMutation({
    mutationFn: () => api.callAsync('backups:purgeOlder', { confirm: true }),
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['backups:list'] });
    },
  });
  if (purge.isSuccess) {
    return (
      <p role="status" className="ok">
        Deleted {plural(purge.data.deleted, 'older backup', 'older backups')}. A fresh backup without {name}, from {format.instant(purge.data.kept.takenAt)}, is kept.
      </p>
    );
  }
  if (list.isPending) return <p role="status">Looking for older backups…</p>;
  if (list.isError) return <ErrorMessage error={list.error} />;
  const backups = list.data.backups;
  if (backups.length === 0) return <p>No backups hold {name}.</p>;
  const oldest = backups[backups.length - 1]!;
  const newest = backups[0]!;
  const span = backups.length === 1 ? `from ${format.instant(newest.takenAt)}` : `taken between ${format.instant(oldest.takenAt)} and ${format.instant(newest.takenAt)}`;
  if (confirming) {
    return (
      <div className="notice stack" role="group" aria-label="Delete older backups">
        <p>
          Delete {plural(backups.length, 'backup', 'backups')} {span}? They cannot be brought back. A fresh backup, without {name}, is made first and kept, so you still have
          one.
        </p>
        <ErrorMessage error={purge.error} />
        <div className="button-row">
          <button type="button" onClick={() => setConfirming(false)} disabled={purge.isPending}>
            Keep them
          </button>
          <button type="button" className="danger" onClick={() => purge.mutate()} disabled={purge.isPending}>
            {purge.isPending ? 'Deleting…' : `Delete ${plural(backups.length, 'backup', 'backups')}`}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="stack">
      <p>
        {plural(backups.length, 'older backup', 'older backups')} ({span}) still {backups.length === 1 ? 'holds' : 'hold'} {name}&apos;s details.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => setConfirming(true)}>
          Delete those backups…
        </button>
      </div>
    </div>
  );
}

const MENTION_LABEL: Record<Mention['entity'], string> = {
  visit: 'Visit',
  event: 'Life event',
  followUp: 'Follow-up',
  incident: 'Incident',
  knowHow: 'Know-how',
  client: 'Client',
  person: 'Person',
};

const mentionPath = (mention: Mention): string => {
  switch (mention.entity) {
    case 'visit':
      return paths.visitLog(mention.id);
    case 'event':
      return paths.event(mention.id);
    case 'followUp':
      return paths.followUps();
    case 'incident':
      return paths.incidents();
    case 'knowHow':
      return paths.knowHow();
    case 'client':
      return paths.client(mention.id);
    case 'person':
      return paths.person(mention.id);
  }
};

function ForgetResult({ outcome }: { outcome: ForgetOutcome }) {
  const format = useFormat();
  if (outcome.mentions.length === 0) return <p role="status">Nothing else mentions them by name.</p>;
  return (
    <div className="dialog-body">
      <p role="status">
        {plural(outcome.mentions.length, 'record still mentions', 'records still mention')} {outcome.name} by name. Open each to edit the text by hand:
      </p>
      <ul className="item-list" aria-label={`Records that still mention ${outcome.name}`}>
        {outcome.mentions.map((mention) => (
          <li key={`${mention.entity}:${mention.id}`} className="item">
            <div className="item-main">
              <p className="item-title">
                <span className="badge">{MENTION_LABEL[mention.entity]}</span> <Link to={mentionPath(mention)}>{mention.label}</Link>
                {mention.day && <span className="muted"> · {format.date(mention.day.slice(0, 10))}</span>}
                {mention.inTrash && <span className="muted"> (in the trash)</span>}
              </p>
              {mention.excerpts.map((excerpt, index) => (
                <p key={index} className="item-meta">
                  “{excerpt}”
                </p>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
