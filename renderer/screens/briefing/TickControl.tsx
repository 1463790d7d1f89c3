import { useId, useState } from 'react';
import { useChannelMutation } from '../../api/hooks.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

interface TickControlProps {
  eventIds: readonly number[];
  visitId: number;
  /** What is ticked, for the controls' names: the briefing item's text or the event's title. */
  label: string;
  /** As stored: whether it was ticked at this visit, and the note given. */
  ticked: boolean;
  note: string;
  /** Refetch every view after a change (the visit log); the briefing keeps its items in place instead. */
  refresh?: boolean;
  onChange?(ticked: boolean, note: string): void;
  /** Say just "Asked" on screen (the item's text is right above); the full name stays for screen readers. */
  compact?: boolean;
}

/**
 * "Asked about" for one item, the same in the visit log and the briefing: a checkbox that can
 * be unticked again (a mis-tick is taken back), and "what they said", which can be written
 * before or after ticking and is saved when you leave the field or press Enter.
 */
export function TickControl({ eventIds, visitId, label, ticked, note, refresh = true, onChange, compact = false }: TickControlProps) {
  const noteId = useId();
  const [isTicked, setTicked] = useState(ticked);
  const [text, setText] = useState(note);
  const [savedNote, setSavedNote] = useState(ticked ? note : '');
  const options = { refresh };
  const record = useChannelMutation('acknowledgements:record', options);
  const remove = useChannelMutation('acknowledgements:remove', options);
  const saveNote = useChannelMutation('acknowledgements:setNote', options);
  const ids = [...eventIds];

  const tick = (on: boolean) => {
    setTicked(on);
    if (on) {
      record.mutate(
        { eventIds: ids, visitId, note: text },
        {
          onSuccess: () => {
            setSavedNote(text.trim());
            onChange?.(true, text.trim());
          },
          onError: () => setTicked(false),
        },
      );
    } else {
      remove.mutate({ eventIds: ids, visitId }, { onSuccess: () => onChange?.(false, text.trim()), onError: () => setTicked(true) });
    }
  };

  const keepNote = () => {
    if (!isTicked || text.trim() === savedNote) return;
    saveNote.mutate(
      { eventIds: ids, visitId, note: text },
      {
        onSuccess: () => {
          setSavedNote(text.trim());
          onChange?.(true, text.trim());
        },
      },
    );
  };

  const busy = record.isPending || remove.isPending;
  return (
    <div className="tick-control">
      <label className="check">
        <input type="checkbox" checked={isTicked} disabled={busy} aria-label={compact ? `Asked about ${label}` : undefined} onChange={(e) => tick(e.target.checked)} />
        {compact ? (
          <span>Asked</span>
        ) : (
          <span>
            Asked about <strong>{label}</strong>
          </span>
        )}
      </label>
      <div className="field inline-note">
        <label htmlFor={noteId} className="visually-hidden">
          What they said about {label} (optional)
        </label>
        <input
          id={noteId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={keepNote}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              keepNote();
            }
          }}
          placeholder="What they said (optional), e.g. he’s recovering"
          autoComplete="off"
        />
      </div>
      {isTicked && savedNote !== '' && text.trim() === savedNote && (
        <p className="asked-mark" role="status">
          Note saved
        </p>
      )}
      <ErrorMessage error={record.error ?? remove.error ?? saveNote.error} />
    </div>
  );
}
