import type { Item } from '../../../src/briefing/items.ts';

/**
 * What one briefing item says, why it is there and, unless `brief`, the facts behind it. The
 * reason always shows: an item without its "why" cannot be trusted at a doorstep.
 */
export function ItemBody({ item, brief = false }: { item: Item; brief?: boolean }) {
  return (
    <div className="brief-body">
      <span className="brief-text">{item.text}</span>{' '}
      <span className="brief-reason">
        <span className="visually-hidden">Why: </span>
        {item.reason}
      </span>
      {!brief && item.detail && <span className="brief-detail">{item.detail}</span>}
    </div>
  );
}
