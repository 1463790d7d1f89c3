/** Public API of the import parsers: text in, typed records and issues out. */
export { detectEncoding } from './encoding.ts';
export type { TextEncodingLabel } from './encoding.ts';
export { parseVCard } from './vcard.ts';
export type * from './types.ts';
