import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Rows drawn at first and added by each "Show more": enough to fill a tall screen, few enough to draw at once. */
export const PAGE_SIZE = 100;

interface PagedListProps<T> {
  readonly items: readonly T[];
  /** The list's accessible name ("People", "Overdue follow-ups"). */
  readonly label: string;
  readonly className?: string;
  /** What the rows are, for "Showing 100 of 20,000 people". */
  readonly noun: string;
  /** One `<li>` per item, with its key. */
  readonly renderItem: (item: T) => ReactNode;
  readonly pageSize?: number;
}

const count = new Intl.NumberFormat('en-GB');

/**
 * A long list drawn a page at a time, so a screen with 20,000 rows opens at once. Every drawn
 * row is a normal list item: Tab, links, find-in-page and screen readers work as in any list.
 * "Show more" moves the focus to the first new row, so the keyboard carries on where it was.
 * Give it a `key` that changes with the filter, so a new filter starts again at the first page.
 */
export function PagedList<T>({ items, label, className, noun, renderItem, pageSize = PAGE_SIZE }: PagedListProps<T>) {
  const [shown, setShown] = useState(pageSize);
  const listRef = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  const visible = items.slice(0, shown);
  const left = items.length - visible.length;

  useLayoutEffect(() => {
    const from = focusFrom.current;
    if (from === null) return;
    focusFrom.current = null;
    const row = listRef.current?.children.item(from);
    row?.querySelector<HTMLElement>('a, button, input, [tabindex]')?.focus();
  }, [shown]);

  return (
    <>
      <ul ref={listRef} className={className} aria-label={label}>
        {visible.map(renderItem)}
      </ul>
      {left > 0 && (
        <div className="paged-more">
          <p className="muted" role="status">
            Showing {count.format(visible.length)} of {count.format(items.length)} {noun}.
          </p>
          <button
            type="button"
            onClick={() => {
              focusFrom.current = visible.length;
              setShown((n) => n + pageSize);
            }}
          >
            Show {count.format(Math.min(pageSize, left))} more
          </button>
        </div>
      )}
    </>
  );
}
