import { useId, useState } from 'react';
import type { Item, Section } from '../../../src/briefing/items.ts';
import { AskedControl } from './AskedControl.tsx';
import { askedNoteOf, canTick, type AskedNotes } from './asked.ts';
import { ItemBody } from './ItemBody.tsx';
import { NeedsContactActions } from './NeedsContactActions.tsx';
import { SECTION_ICON, SECTION_TITLES, sectionClass } from './section-look.ts';

/** Ticking items as asked: which visit, what was ticked here, and what to do on a tick. */
export interface Ticking {
  visitId: number;
  asked: AskedNotes;
  onAsked(eventIds: readonly number[], note: string): void;
  onUnasked(eventIds: readonly number[]): void;
}

interface BriefingSectionProps {
  section: Section;
  /** Whose section it is, for the list's name: "Don't ask: Sue Baker". */
  owner: string;
  ticking: Ticking;
  /** The heading level under the card's heading. */
  level: 3 | 4;
  /** Said when the section has no items; an empty section is left out without it. */
  empty?: string;
}

const itemKey = (item: Item, index: number) => `${index}:${item.kind}:${item.text}`;

/** One titled list of a briefing; the first few items show, the rest behind "more". */
export function BriefingSection({ section, owner, ticking, level, empty }: BriefingSectionProps) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const all = section.items.length + section.more.length;
  if (all === 0 && empty === undefined) return null;
  const title = SECTION_TITLES[section.key];
  const Heading = level === 3 ? 'h3' : 'h4';
  const Icon = SECTION_ICON[section.key];
  const shown = expanded ? [...section.items, ...section.more] : section.items;

  return (
    <div className={`brief-section ${sectionClass(section.key)}`}>
      <Heading className="brief-section-title">
        <Icon aria-hidden size={16} />
        {title}
      </Heading>
      {all === 0 ? (
        <p className="brief-empty muted">{empty}</p>
      ) : (
        <ul id={listId} className="brief-list" aria-label={`${title}: ${owner}`}>
          {shown.map((item, index) => {
            const askedNote = askedNoteOf(item, ticking.asked);
            return (
              <li key={itemKey(item, index)} className={askedNote === undefined ? 'brief-item' : 'brief-item asked'}>
                <ItemBody item={item} />
                {item.kind === 'needs-contact' && <NeedsContactActions item={item} />}
                {canTick(section.key, item) && <AskedControl item={item} visitId={ticking.visitId} askedNote={askedNote} onAsked={ticking.onAsked} onUnasked={ticking.onUnasked} />}
              </li>
            );
          })}
        </ul>
      )}
      {section.more.length > 0 && (
        <>
          <button type="button" className="link-button more-button" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
            {expanded ? 'Show fewer' : `Show ${section.more.length} more`}
            <span className="visually-hidden">
              {` in ${title}: ${owner}`}
            </span>
          </button>
          {!expanded && <p className="print-only more-note">and {section.more.length} more</p>}
        </>
      )}
    </div>
  );
}
