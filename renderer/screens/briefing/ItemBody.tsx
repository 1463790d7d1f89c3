import { Link } from 'react-router';
import type { Item } from '../../../src/briefing/items.ts';

interface ItemBodyProps {
  item: Item;
  /** Leave out the detail: for lists that only need the gist. */
  brief?: boolean;
  /** Where the sentence leads (the client of a follow-up, the person with a birthday). */
  to?: string | null;
}

/**
 * What one briefing item says, why it is there and, unless `brief`, the facts behind it. The
 * reason always shows: an item without its "why" cannot be trusted at a doorstep.
 */
export function ItemBody({ item, brief = false, to = null }: ItemBodyProps) {
  return (
    <div className="brief-body">
      {to ? (
        <Link className="brief-text item-link" to={to}>
          {item.text}
        </Link>
      ) : (
        <span className="brief-text">{item.text}</span>
      )}{' '}
      <span className="brief-reason">
        <span className="visually-hidden">Why: </span>
        {item.reason}
      </span>
      {!brief && item.detail && (
        <>
          {' '}
          <span className="brief-detail">{item.detail}</span>
        </>
      )}
    </div>
  );
}
