/** Public API of the import parsers: text in, typed records and issues out. */
export { detectEncoding } from './encoding.ts';
export type { TextEncodingLabel } from './encoding.ts';
export { parseVCard } from './vcard.ts';
export { parseContactsCsv } from './contacts-csv.ts';
export type { ContactsCsvOptions } from './contacts-csv.ts';
export { suggestMapping } from './csv-mapping.ts';
export { applyMapping } from './csv-apply.ts';
export type * from './types.ts';
export { parseIcs, MAX_OCCURRENCES } from './ics.ts';
export type { IcsOptions } from './ics.ts';
