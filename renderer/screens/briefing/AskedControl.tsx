import { Check } from 'lucide-react';
import { useId, useState } from 'react';
import type { Item } from '../../../src/briefing/items.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { eventIdsOf } from './asked.ts';

interface AskedControlProps {
  item: Item;
  visitId: number;
  /** The note given when it was ticked on this screen; undefined while not ticked. */
  askedNote: string | undefined;
  onAsked(eventIds: readonly number[], note: string): void;
}

/**
 * "Mark as asked", then an optional note of what they said ("he's recovering"). Two steps so a
 * stray click records nothing; Enter in the note field saves, Escape cancels.
 */
export function AskedControl({ item, visitId, askedNote, onAsked }: AskedControlProps) {
  const noteId = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  // This screen's briefing keeps the item, marked as asked, until the briefing is opened again.
  const record = useChannelMutation('acknowledgements:record', { refresh: false, onSuccess: (_, input) => onAsked(input.eventIds, note) });

  if (askedNote !== undefined) {
    return (
      <p className="asked-mark" role="status">
        <Check aria-hidden size={15} /> Asked{askedNote && `: “${askedNote}”`}
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="tick-button" aria-label={`Mark as asked: ${item.text}`} onClick={() => setOpen(true)}>
        <Check aria-hidden size={15} /> Mark as asked
      </button>
    );
  }
  return (
    <form
      className="asked-form"
      aria-label={`Mark as asked: ${item.text}`}
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate({ eventIds: eventIdsOf(item), visitId, note });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <label htmlFor={noteId} className="visually-hidden">
        What they said (optional)
      </label>
      <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} placeholder="What they said (optional)" autoComplete="off" autoFocus />
      <button type="submit" className="primary" disabled={record.isPending}>
        {record.isPending ? 'Saving…' : 'Save'}
      </button>
      <button type="button" className="quiet" onClick={() => setOpen(false)}>
        Cancel
      </button>
      <ErrorMessage error={record.error} />
    </form>
  );
}
