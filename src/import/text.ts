/** Text plumbing shared by the import parsers: limits, BOMs, line splitting, issue helpers. */
import type { ImportIssue } from './types.ts';

/** Characters, not bytes: the caller has already decoded the file. */
export const MAX_TEXT_LENGTH = 20 * 1024 * 1024;
/** Contacts per file, or events per calendar. */
export const MAX_RECORDS = 10_000;

export const error = (line: number, message: string): ImportIssue => ({ line, message, severity: 'error' });
export const warning = (line: number, message: string): ImportIssue => ({ line, message, severity: 'warning' });

/** An error for text that is empty or too large to import, else undefined. */
export function checkText(text: string, what: string): ImportIssue | undefined {
  if (text.length > MAX_TEXT_LENGTH) {
    return error(1, `This ${what} is larger than 20 MB; split it into smaller files and import them one by one.`);
  }
  if (text.trim() === '') return error(1, `This ${what} is empty.`);
  return undefined;
}

export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Physical lines. CR CR LF (old iOS exports) counts as one line break, otherwise every
 * folded continuation of those files would follow an empty line.
 */
export const splitLines = (text: string): string[] => text.split(/\r\r\n|\r\n|\n|\r/);

/** Line breaks inside values become \n whatever the exporter used. */
export const normaliseNewlines = (value: string): string => value.replace(/\r\n|\r/g, '\n');

/** U+FFFD means letters were lost before the file reached us; say so rather than import quietly. */
export function replacementCharWarning(values: (string | undefined)[], line: number, what: string): ImportIssue | undefined {
  return values.some((v) => v?.includes('\uFFFD'))
    ? warning(line, `${what} contains unreadable characters (shown as �): some letters were lost when the file was exported.`)
    : undefined;
}

/** Count limit shared by the parsers, with one message. */
export const tooManyRecords = (line: number, what: string): ImportIssue =>
  error(line, `This file holds more than ${MAX_RECORDS.toLocaleString('en-GB')} ${what}; split it into smaller files and import them one by one.`);
