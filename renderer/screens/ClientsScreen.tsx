import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import type { ClientKind, ClientSummary } from '../../src/contract/schemas/clients.ts';
import { useApi } from '../api/context.tsx';
import { useChannel } from '../api/hooks.ts';
import { fieldErrors, messageOf } from '../api/errors.ts';
import { paths } from '../app/paths.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { PagedList } from '../components/PagedList.tsx';
import { TagFilter, useTagFilter, useTagName } from '../components/TagFilter.tsx';

const KIND_LABEL: Record<ClientKind, string> = { business: 'Business', household: 'Household' };

export function ClientsScreen() {
  const filterId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const [filter, setFilter] = useState('');
  const [tagId, setTagId] = useTagFilter();
  const tagName = useTagName(tagId);
  // One list with archived included, so the empty state can tell "none yet" from "all archived";
  // a tag filters in the database.
  // The same read as the route's (started while this screen's code loads).
  const clients = useChannel('clients:rows', tagId === undefined ? { includeArchived: true } : { includeArchived: true, tagId }, { keepPrevious: true });
  const visible = clients.data?.filter((c) => showArchived || !c.archived) ?? [];
  const shown = visible.filter((c) => matches(c, filter));

  return (
    <section className="screen">
      <div className="screen-header">
        <PageHeading title="Clients">Clients</PageHeading>
        <Link to={paths.duplicates()}>Possible duplicates</Link>
        <label className="toggle">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          Show archived
        </label>
      </div>
      <AddClientForm />
      {(visible.length > 0 || tagId !== undefined) && (
        <div className="filter-row">
          <div className="field filter-box">
            <label htmlFor={filterId}>Filter clients</label>
            <input id={filterId} type="search" data-filter value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Name, address or phone" autoComplete="off" />
          </div>
          <TagFilter tagId={tagId} onChange={setTagId} count={(t) => t.clients} />
        </div>
      )}
      {clients.isPending ? (
        <p role="status">Loading clients…</p>
      ) : clients.isError ? (
        <p role="alert" className="error">
          {messageOf(clients.error)}
        </p>
      ) : visible.length === 0 && tagId !== undefined ? (
        <p className="empty-state">No {showArchived ? '' : 'current '}client is tagged “{tagName ?? '…'}”.</p>
      ) : visible.length === 0 ? (
        <EmptyClients archivedCount={clients.data.length} />
      ) : shown.length === 0 ? (
        <p className="muted">No client matches “{filter}”.</p>
      ) : (
        <PagedList key={`${filter}|${showArchived}|${tagId ?? ''}`} items={shown} label="Clients" noun="clients" className="client-list" renderItem={(client) => <ClientRow key={client.id} client={client} />} />
      )}
    </section>
  );
}

const matches = (client: ClientSummary, filter: string): boolean => {
  const words = filter.trim().toLowerCase();
  return words === '' || [client.name, client.address, client.phone, client.email].some((v) => v?.toLowerCase().includes(words));
};

function EmptyClients({ archivedCount }: { archivedCount: number }) {
  if (archivedCount > 0) {
    return (
      <div className="empty-state">
        <h2>All your clients are archived</h2>
        <p>Tick “Show archived” to see them, or add a client above.</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <h2>No clients yet</h2>
      <p>Add your first client above: a business or a household you look after. You can add the people in their lives next.</p>
    </div>
  );
}

function AddClientForm() {
  const api = useApi();
  const queryClient = useQueryClient();
  const nameId = useId();
  const errorId = useId();
  // Arriving from "Add your first client" puts the cursor straight in the name box.
  const addClient = (useLocation().state as { addClient?: boolean } | null)?.addClient === true;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ClientKind>('business');
  const add = useMutation({
    mutationFn: () => api.call('clients:create', { name, kind }),
    onSuccess: () => {
      setName('');
      void queryClient.invalidateQueries();
    },
  });
  const nameError = add.isError ? (fieldErrors(add.error).name ?? messageOf(add.error)) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };

  return (
    <form className="add-client" onSubmit={submit} aria-label="Add a client" noValidate>
      <div className="field">
        <label htmlFor={nameId}>Client name</label>
        <input
          id={nameId}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Smith Dental or The Patels"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? errorId : undefined}
          autoComplete="off"
          autoFocus={addClient}
        />
      </div>
      <fieldset className="field kind-choice">
        <legend>Kind</legend>
        {(['business', 'household'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={add.isPending}>
        {add.isPending ? 'Adding…' : 'Add client'}
      </button>
      {nameError && (
        <p id={errorId} role="alert" className="error field-error">
          {nameError}
        </p>
      )}
    </form>
  );
}

function ClientRow({ client }: { client: ClientSummary }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(client.name);
  const refresh = () => queryClient.invalidateQueries();

  const rename = useMutation({
    mutationFn: () => api.call('clients:update', { id: client.id, name: draft }),
    onSuccess: () => {
      setEditing(false);
      void refresh();
    },
  });
  const archive = useMutation({
    mutationFn: () => api.call('clients:archive', { id: client.id, archived: !client.archived }),
    onSuccess: () => void refresh(),
  });
  const error = rename.error ?? archive.error;

  return (
    <li className={client.archived ? 'client-row archived' : 'client-row'}>
      {editing ? (
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            rename.mutate();
          }}
        >
          <label htmlFor={inputId} className="visually-hidden">
            New name for {client.name}
          </label>
          <input
            id={inputId}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setDraft(client.name);
                setEditing(false);
                rename.reset();
              }
            }}
          />
          <button type="submit" className="primary" disabled={rename.isPending}>
            Save
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(client.name);
              setEditing(false);
              rename.reset();
            }}
          >
            Cancel
          </button>
        </form>
      ) : (
        <>
          <Link className="client-name" to={paths.client(client.id)}>
            {client.name}
          </Link>
          <span className={`badge kind-${client.kind}`}>{KIND_LABEL[client.kind]}</span>
          {client.archived && <span className="badge archived-badge">Archived</span>}
          <span className="row-actions">
            <button type="button" onClick={() => setEditing(true)} aria-label={`Rename ${client.name}`}>
              Rename
            </button>
            <button type="button" onClick={() => archive.mutate()} disabled={archive.isPending} aria-label={`${client.archived ? 'Unarchive' : 'Archive'} ${client.name}`}>
              {client.archived ? 'Unarchive' : 'Archive'}
            </button>
          </span>
        </>
      )}
      {error && (
        <p role="alert" className="error row-error">
          {messageOf(error)}
        </p>
      )}
    </li>
  );
}
