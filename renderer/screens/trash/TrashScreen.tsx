import { RotateCcw } from 'lucide-react';
import { useState } from 'react';
import type { Trashable, TrashItem } from '../../../src/contract/schemas/trash.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../settings/format.ts';

const ENTITY_LABEL: Record<Trashable, string> = {
  client: 'Client',
  person: 'Person',
  event: 'Life event',
  visit: 'Visit',
  followUp: 'Follow-up',
  incident: 'Incident',
  knowHow: 'Know-how',
  contact: 'Call or message',
};

/** Deleted records wait here until restored or the trash is emptied on purpose. */
export function TrashScreen() {
  const trash = useChannel('trash:list', {});
  const [confirming, setConfirming] = useState(false);
  const empty = useChannelMutation('trash:empty', { onSuccess: () => setConfirming(false) });
  const items = [...(trash.data ?? [])].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));

  return (
    <section className="screen">
      <div className="screen-header">
        <PageHeading title="Trash">Trash</PageHeading>
        {items.length > 0 && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Empty trash…
          </button>
        )}
      </div>
      {trash.isPending ? (
        <p role="status">Loading the trash…</p>
      ) : trash.isError ? (
        <ErrorMessage error={trash.error} />
      ) : items.length === 0 ? (
        <p className="empty-state">The trash is empty.</p>
      ) : (
        <ul className="item-list card" aria-label="Deleted records">
          {items.map((item) => (
            <TrashRow key={`${item.entity}:${item.id}`} item={item} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        title="Empty the trash?"
        isOpen={confirming}
        onOpenChange={(open) => {
          setConfirming(open);
          if (!open) empty.reset();
        }}
        confirmLabel={`Delete ${items.length} for good`}
        onConfirm={() => empty.mutate({ confirm: true })}
        pending={empty.isPending}
        error={empty.error}
      >
        <p>
          The {items.length === 1 ? 'record' : `${items.length} records`} in the trash will be deleted for good. This cannot be undone (your automatic backups still
          hold them).
        </p>
      </ConfirmDialog>
    </section>
  );
}

function TrashRow({ item }: { item: TrashItem }) {
  const format = useFormat();
  const restore = useChannelMutation('trash:restore');
  const label = item.day === null ? item.label : `${item.label} ${format.day(item.day)}`;
  return (
    <li className="item">
      <div className="item-main">
        <p className="item-title">
          <span className="badge">{ENTITY_LABEL[item.entity]}</span> <strong>{label}</strong>
        </p>
        <p className="item-meta">Deleted {format.instant(item.deletedAt)}</p>
      </div>
      <div className="item-actions">
        <button type="button" onClick={() => restore.mutate({ entity: item.entity, id: item.id })} disabled={restore.isPending} aria-label={`Restore ${label}`}>
          <RotateCcw aria-hidden size={16} /> Restore
        </button>
      </div>
      <ErrorMessage error={restore.error} />
    </li>
  );
}
