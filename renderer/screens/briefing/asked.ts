import type { Item, SectionKey } from '../../../src/briefing/items.ts';

/** The life events an item is about: ticking it records that each was asked about. */
export const eventIdsOf = (item: Item): number[] => item.about.filter((a) => a.type === 'event').map((a) => a.id);

/** Only news you ask after can be ticked; what could hurt (don't ask) is never "asked about". */
export const canTick = (key: SectionKey, item: Item): boolean => (key === 'askAbout' || key === 'handleWithCare') && eventIdsOf(item).length > 0;

/** Events ticked on this screen, with the note given (empty when none). */
export type AskedNotes = ReadonlyMap<number, string>;

/** The note of an item whose every event was ticked here, else undefined. */
export function askedNoteOf(item: Item, asked: AskedNotes): string | undefined {
  const ids = eventIdsOf(item);
  if (ids.length === 0 || !ids.every((id) => asked.has(id))) return undefined;
  return asked.get(ids[0]!) ?? '';
}
