/**
 * Splits an iCalendar file into the components we read (VEVENT, VTIMEZONE), each with its
 * own lines and line numbers, so one broken event never costs the others.
 */
import { parseContentLine, unfold, type RawLine } from './content-lines.ts';
import { error, warning } from './text.ts';
import type { ImportIssue } from './types.ts';

export interface Block {
  kind: 'VEVENT' | 'VTIMEZONE';
  line: number;
  /** Every line from BEGIN to END, nested components included. */
  lines: RawLine[];
}

export interface Blocks {
  events: Block[];
  timezones: Block[];
}

const marker = (raw: RawLine): { begin: boolean; name: string } | undefined => {
  const parsed = parseContentLine(raw);
  if (!parsed || (parsed.name !== 'BEGIN' && parsed.name !== 'END')) return undefined;
  return { begin: parsed.name === 'BEGIN', name: parsed.value.trim().toUpperCase() };
};

export function splitBlocks(text: string, issues: ImportIssue[]): Blocks {
  const blocks: Blocks = { events: [], timezones: [] };
  const stack: { name: string; line: number }[] = [];
  let current: Block | undefined;
  let currentDepth = 0;
  let sawCalendar = false;
  for (const raw of unfold(text)) {
    const m = marker(raw);
    if (m?.begin) {
      if (m.name === 'VCALENDAR') sawCalendar = true;
      if (!current && (m.name === 'VEVENT' || m.name === 'VTIMEZONE')) {
        current = { kind: m.name, line: raw.line, lines: [] };
        currentDepth = stack.length;
        (m.name === 'VEVENT' ? blocks.events : blocks.timezones).push(current);
      }
      stack.push({ name: m.name, line: raw.line });
    } else if (m) {
      const open = stack.map((s) => s.name).lastIndexOf(m.name);
      if (open < 0) {
        issues.push(warning(raw.line, `Line ${raw.line}: END:${m.name} without a matching BEGIN:${m.name}; ignored.`));
        continue;
      }
      for (const unclosed of stack.splice(open).slice(1)) {
        issues.push(warning(unclosed.line, `Line ${unclosed.line}: BEGIN:${unclosed.name} is not ended before END:${m.name} on line ${raw.line}.`));
      }
    }
    current?.lines.push(raw);
    if (current && m && !m.begin && stack.length <= currentDepth) current = undefined;
  }
  for (const unclosed of stack) {
    issues.push(warning(unclosed.line, `Line ${unclosed.line}: BEGIN:${unclosed.name} is never ended; the file may be cut short.`));
  }
  if (!sawCalendar && blocks.events.length > 0) {
    issues.push(warning(1, 'The file has no BEGIN:VCALENDAR line; its events were read anyway.'));
  }
  if (!sawCalendar && blocks.events.length === 0) {
    issues.push(error(1, 'No calendar found: there is no BEGIN:VCALENDAR or BEGIN:VEVENT line. Is this an iCalendar (.ics) file?'));
  }
  return blocks;
}
