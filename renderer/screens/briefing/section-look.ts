import { BookOpen, Coffee, HandHeart, History, Lightbulb, ListChecks, MapPin, MessageCircle, MessageCircleOff, Wrench, type LucideIcon } from 'lucide-react';
import { HURTFUL_SECTIONS, ITEM_KINDS, type ItemKind, type SectionKey } from '../../../src/briefing/items.ts';
import { SECTION_TITLES } from '../../../src/briefing/plain-text.ts';

export { SECTION_TITLES };

/** An icon per section, so the kind of a list is seen before it is read. */
export const SECTION_ICON: Record<SectionKey, LucideIcon> = {
  dontAsk: MessageCircleOff,
  handleWithCare: HandHeart,
  followUps: ListChecks,
  incidents: Wrench,
  askAbout: MessageCircle,
  lastVisit: History,
  knowHow: BookOpen,
  logistics: MapPin,
  smallTalk: Coffee,
  howToExplain: Lightbulb,
};

export const isHurtful = (key: SectionKey): boolean => HURTFUL_SECTIONS.includes(key);

export const sectionOf = (kind: ItemKind): SectionKey => ITEM_KINDS[kind];

/** The class that gives a section (or an item shown out of its section) its calm colour. */
export const sectionClass = (key: SectionKey): string => `look-${key}`;
