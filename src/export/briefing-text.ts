/**
 * A briefing as plain text for a calendar event's DESCRIPTION, so the phone's calendar holds
 * it offline. Same order as on screen: what could hurt, then promises, then news, then
 * background. Every item is listed (the "more" ones too): there is no "more" button in a calendar.
 */
import type { Briefing } from '../briefing/briefing.ts';
import type { Item, Section, SectionKey } from '../briefing/items.ts';
import type { DateFormat } from '../dates/date-format.ts';

const HEADINGS: Record<SectionKey, string> = {
  dontAsk: "Don't ask",
  handleWithCare: 'Handle with care',
  followUps: 'Promises and open work',
  incidents: 'Still to explain',
  askAbout: 'Ask about',
  smallTalk: 'Small talk',
  howToExplain: 'How to explain things',
  lastVisit: 'Last visit',
  knowHow: 'Questions they ask',
  logistics: 'On site',
};

const itemLine = (item: Item): string => `- ${item.text} (${item.reason})${item.detail ? `\n  ${item.detail.replace(/\s*\n\s*/g, ' ')}` : ''}`;

function sectionLines(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => {
    const items = [...s.items, ...s.more];
    return items.length === 0 ? [] : [`${HEADINGS[s.key]}:`, ...items.map(itemLine)];
  });
}

export function briefingText(briefing: Briefing, dates: DateFormat): string {
  const written = dates.date(briefing.today);
  const blocks = [`Briefing as of ${written} ("3 weeks ago", "in 4 days" count from then).`];
  for (const person of briefing.people) {
    const lines = sectionLines(person.sections);
    const role = person.role === null ? '' : `${person.role}, `;
    blocks.push([`${person.name} (${role}${person.listedBecause})`, ...lines].join('\n'));
  }
  const client = sectionLines(briefing.client.sections);
  if (client.length > 0) blocks.push([briefing.client.name, ...client].join('\n'));
  return blocks.join('\n\n');
}
