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

/**
 * The open components, innermost last, with where each name is open: finding the component an
 * END closes is one lookup, not a scan, so a hostile file nesting tens of thousands of BEGINs
 * (with ENDs that match nothing) still splits in linear time. Every component is pushed and
 * popped once.
 */
class OpenComponents {
  readonly stack: { name: string; line: number }[] = [];
  private readonly at = new Map<string, number[]>();

  get depth(): number {
    return this.stack.length;
  }

  push(name: string, line: number): void {
    let places = this.at.get(name);
    if (!places) this.at.set(name, (places = []));
    places.push(this.stack.length);
    this.stack.push({ name, line });
  }

  /** Closes the innermost open `name` and everything opened inside it; returns those left unclosed, or undefined when `name` is not open. */
  close(name: string): { name: string; line: number }[] | undefined {
    const open = this.at.get(name)?.at(-1);
    if (open === undefined) return undefined;
    const closed = this.stack.splice(open);
    for (const component of closed) this.at.get(component.name)!.pop();
    return closed.slice(1);
  }
}

/**
 * Calendars nest three deep (VCALENDAR, VEVENT, VALARM); a file nesting far deeper was not written
 * by a calendar program and is refused at once rather than read.
 */
export const MAX_NESTING = 32;

export function splitBlocks(text: string, issues: ImportIssue[]): Blocks {
  const blocks: Blocks = { events: [], timezones: [] };
  const open = new OpenComponents();
  let current: Block | undefined;
  let currentDepth = 0;
  let sawCalendar = false;
  for (const raw of unfold(text)) {
    const m = marker(raw);
    if (m?.begin) {
      if (m.name === 'VCALENDAR') sawCalendar = true;
      if (!current && (m.name === 'VEVENT' || m.name === 'VTIMEZONE')) {
        current = { kind: m.name, line: raw.line, lines: [] };
        currentDepth = open.depth;
        (m.name === 'VEVENT' ? blocks.events : blocks.timezones).push(current);
      }
      open.push(m.name, raw.line);
      if (open.depth > MAX_NESTING) {
        issues.push(error(raw.line, `Line ${raw.line}: components are nested more than ${MAX_NESTING} deep, which no calendar program writes; the file was not imported.`));
        return { events: [], timezones: [] };
      }
    } else if (m) {
      const unclosed = open.close(m.name);
      if (!unclosed) {
        issues.push(warning(raw.line, `Line ${raw.line}: END:${m.name} without a matching BEGIN:${m.name}; ignored.`));
        continue;
      }
      for (const component of unclosed) {
        issues.push(warning(component.line, `Line ${component.line}: BEGIN:${component.name} is not ended before END:${m.name} on line ${raw.line}.`));
      }
    }
    current?.lines.push(raw);
    if (current && m && !m.begin && open.depth <= currentDepth) current = undefined;
  }
  for (const unclosed of open.stack) {
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
