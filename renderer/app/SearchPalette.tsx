import { useDeferredValue, useState } from 'react';
import { Autocomplete, Input, Menu, MenuItem, TextField } from 'react-aria-components';
import type { SearchHit, SearchKind } from '../../src/contract/schemas/search.ts';
import { messageOf } from '../api/errors.ts';
import { useChannel } from '../api/hooks.ts';
import { AppDialog } from '../components/AppDialog.tsx';
import { Snippet } from '../components/Snippet.tsx';
import { paths } from './paths.ts';

const KIND_LABEL: Record<SearchKind, string> = {
  person: 'Person',
  client: 'Client',
  event: 'Life event',
  visit: 'Visit',
  incident: 'Incident',
  knowHow: 'Know-how',
  followUp: 'Follow-up',
};

/** Where a hit opens. */
export function hitPath(hit: SearchHit): string {
  switch (hit.kind) {
    case 'person':
      return paths.person(hit.id);
    case 'client':
      return paths.client(hit.id);
    case 'event':
      return paths.event(hit.id);
    case 'visit':
      return paths.visitLog(hit.id);
    case 'incident':
      return hit.clientId ? paths.client(hit.clientId) : paths.incidents();
    case 'knowHow':
      return hit.clientId ? paths.client(hit.clientId) : paths.knowHow();
    case 'followUp':
      return hit.clientId ? paths.client(hit.clientId) : paths.followUps();
  }
}

const hitKey = (hit: SearchHit) => `${hit.kind}:${hit.id}`;

/** Ctrl/Cmd+K: find anyone or anything by any name; Enter opens the highlighted hit. */
export function SearchPalette({ onClose, onOpen }: { onClose(): void; onOpen(to: string): void }) {
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const search = useChannel('search:query', { q, limit: 20 }, { enabled: q !== '', keepPrevious: true });
  const hits = q === '' ? [] : (search.data ?? []);

  return (
    <AppDialog title="Search" isOpen onOpenChange={(open) => !open && onClose()} className="palette">
      <Autocomplete inputValue={text} onInputChange={setText}>
        {/* A TextField, not a SearchField: Escape should close the palette, not just clear it. */}
        <TextField aria-label="Search people, clients, events and notes" className="palette-field" type="search" autoFocus>
          <Input placeholder="A name, a place, a word from your notes…" />
        </TextField>
        <Menu
          className="palette-results"
          aria-label="Search results"
          items={hits}
          onAction={(key) => {
            const hit = hits.find((h) => hitKey(h) === key);
            if (hit) onOpen(hitPath(hit));
          }}
          renderEmptyState={() => (
            <p className="palette-empty">
              {search.isError ? messageOf(search.error) : q === '' ? 'Type to search. Enter opens the highlighted result.' : search.isFetching ? 'Searching…' : `Nothing found for “${q}”.`}
            </p>
          )}
        >
          {(hit) => (
            <MenuItem id={hitKey(hit)} textValue={hit.client ? `${hit.title}, ${hit.client}` : hit.title} className="palette-hit">
              <span className="palette-hit-title">
                <span>{hit.title}</span>
                <span className="badge">{KIND_LABEL[hit.kind]}</span>
                {/* Which client it belongs to: five clients may have asked the same question. */}
                {hit.client && <span className="palette-hit-client">{hit.client}</span>}
              </span>
              <span className="palette-hit-detail">
                <Snippet text={hit.snippet} />
              </span>
            </MenuItem>
          )}
        </Menu>
      </Autocomplete>
    </AppDialog>
  );
}
