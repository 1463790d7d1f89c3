import type { Item } from '../../../src/briefing/items.ts';
import { eventIdsOf } from './asked.ts';
import { TickControl } from './TickControl.tsx';

interface AskedControlProps {
  item: Item;
  visitId: number;
  /** The note given when it was ticked on this screen; undefined while not ticked. */
  askedNote: string | undefined;
  onAsked(eventIds: readonly number[], note: string): void;
  onUnasked(eventIds: readonly number[]): void;
}

/** The briefing's tick: the same control as the visit log's, so a tick can be taken back and its note edited. */
export function AskedControl({ item, visitId, askedNote, onAsked, onUnasked }: AskedControlProps) {
  const eventIds = eventIdsOf(item);
  return (
    <TickControl
      eventIds={eventIds}
      visitId={visitId}
      label={item.text}
      ticked={askedNote !== undefined}
      note={askedNote ?? ''}
      // This screen's briefing keeps the item, marked as asked, until the briefing is opened again.
      refresh={false}
      compact
      onChange={(ticked, note) => (ticked ? onAsked(eventIds, note) : onUnasked(eventIds))}
    />
  );
}
