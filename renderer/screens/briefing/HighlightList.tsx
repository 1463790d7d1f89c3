import type { Item } from '../../../src/briefing/items.ts';
import { ItemBody } from './ItemBody.tsx';
import { SECTION_ICON, SECTION_TITLES, sectionClass, sectionOf } from './section-look.ts';

/**
 * Items from several sections in one list (a briefing's highlights, a visit's top items), each
 * labelled with its section so "Don't ask" is read before the sentence, not guessed from colour.
 */
export function HighlightList({ items, label, brief = false }: { items: readonly Item[]; label: string; brief?: boolean }) {
  return (
    <ul className="brief-list highlights" aria-label={label}>
      {items.map((item, index) => {
        const key = sectionOf(item.kind);
        const Icon = SECTION_ICON[key];
        return (
          <li key={`${index}:${item.text}`} className={`brief-item ${sectionClass(key)}`}>
            <span className="look-label">
              <Icon aria-hidden size={14} />
              {SECTION_TITLES[key]}
              <span className="visually-hidden">:</span>
            </span>{' '}
            <ItemBody item={item} brief={brief} />
          </li>
        );
      })}
    </ul>
  );
}
