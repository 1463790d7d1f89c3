/**
 * Which decoder the Node-side caller should use for an import file:
 * `new TextDecoder(detectEncoding(bytes)).decode(bytes)`. The parsers strip a leading BOM.
 */
import { isValidUtf8 } from './charset.ts';

export type TextEncodingLabel = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How much of the file the UTF-16 sniffing looks at. */
const SNIFF_BYTES = 4096;

export function detectEncoding(bytes: Uint8Array): TextEncodingLabel {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sniffed = sniffUtf16(bytes.subarray(0, SNIFF_BYTES));
  if (sniffed) return sniffed;
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/**
 * Text files never contain NUL, but UTF-16 without a BOM has one in almost every pair
 * when the text is mostly Latin: high byte first (big-endian) or second (little-endian).
 */
function sniffUtf16(head: Uint8Array): TextEncodingLabel | undefined {
  const pairs = Math.floor(head.length / 2);
  if (pairs === 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenNuls++;
    if (head[i + 1] === 0) oddNuls++;
  }
  if (evenNuls >= pairs * 0.3 && evenNuls > oddNuls * 4) return 'utf-16be';
  if (oddNuls >= pairs * 0.3 && oddNuls > evenNuls * 4) return 'utf-16le';
  return undefined;
}
