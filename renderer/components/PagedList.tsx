import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { FIRST_PAGE } from '../../src/contract/schemas/pages.ts';

/** Rows drawn at first and added by each "Show more": enough to fill a tall screen, few enough to draw at once. */
export const PAGE_SIZE = FIRST_PAGE;

const count = new Intl.NumberFormat('en-GB');

interface ListProps<T> {
  /** The rows to draw now. */
  readonly items: readonly T[];
  /** The list's accessible name ("People", "Overdue follow-ups"). */
  readonly label: string;
  readonly className?: string;
  /** One `<li>` per item, with its key. */
  readonly renderItem: (item: T) => ReactNode;
}

interface MoreProps {
  /** "Showing 100 of 2,000 clients." */
  readonly status: string;
  /** "Show 100 more" */
  readonly button: string;
  readonly onMore: () => void;
}

/**
 * A list with a "Show more" button under it. Every drawn row is a normal list item: Tab,
 * links, find-in-page and screen readers work as in any list. "Show more" moves the focus to
 * the first new row, so the keyboard carries on where it was.
 */
export function ShowMoreList<T>({ items, label, className, renderItem, more }: ListProps<T> & { readonly more: MoreProps | null }) {
  const listRef = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);

  useLayoutEffect(() => {
    const from = focusFrom.current;
    const row = from === null ? null : listRef.current?.children.item(from);
    if (row === null || row === undefined) return;
    focusFrom.current = null;
    row.querySelector<HTMLElement>('a, button, input, [tabindex]')?.focus();
  }, [items.length]);

  return (
    <>
      <ul ref={listRef} className={className} aria-label={label}>
        {items.map(renderItem)}
      </ul>
      {more !== null && (
        <div className="paged-more">
          <p className="muted" role="status">
            {more.status}
          </p>
          <button
            type="button"
            onClick={() => {
              focusFrom.current = items.length;
              more.onMore();
            }}
          >
            {more.button}
          </button>
        </div>
      )}
    </>
  );
}

/**
 * A long list held in memory, drawn a page at a time so a screen with thousands of rows opens
 * at once. Give it a `key` that changes with the filter, so a new filter starts at the first page.
 */
export function PagedList<T>({ items, noun, pageSize = PAGE_SIZE, ...rest }: ListProps<T> & { readonly noun: string; readonly pageSize?: number }) {
  const [shown, setShown] = useState(pageSize);
  const visible = items.slice(0, shown);
  const left = items.length - visible.length;
  const more =
    left > 0
      ? { status: `Showing ${count.format(visible.length)} of ${count.format(items.length)} ${noun}.`, button: `Show ${count.format(Math.min(pageSize, left))} more`, onMore: () => setShown((n) => n + pageSize) }
      : null;
  return <ShowMoreList {...rest} items={visible} more={more} />;
}
