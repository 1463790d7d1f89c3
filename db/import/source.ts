import type { ImportFormat } from '../../src/contract/schemas/transfer.ts';
import { decodeImportBytes } from './read-file.ts';

/** The file's text, from the text the renderer decoded or from its bytes in base64. */
export function sourceText(input: { text?: string | undefined; base64?: string | undefined }): string {
  return input.text ?? decodeImportBytes(Buffer.from(input.base64 ?? '', 'base64'));
}

const EXTENSIONS = new Map<string, ImportFormat>([
  ['vcf', 'vcard'],
  ['vcard', 'vcard'],
  ['csv', 'csv'],
  ['tsv', 'csv'],
  ['ics', 'ics'],
  ['ical', 'ics'],
  ['json', 'json'],
]);

/** What the content says first (a vCard saved as .txt is still a vCard), then the file name; else a spreadsheet. */
export function detectFormat(text: string, fileName?: string): ImportFormat {
  const head = text.replace(/^\uFEFF/, '').slice(0, 64 * 1024);
  if (/^\s*\{/.test(head)) return 'json';
  if (/^\s*BEGIN:VCARD\s*$/im.test(head)) return 'vcard';
  if (/^\s*BEGIN:(VCALENDAR|VEVENT)\s*$/im.test(head)) return 'ics';
  const extension = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? '';
  return EXTENSIONS.get(extension) ?? 'csv';
}
