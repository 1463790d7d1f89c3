/** Reads our own import fixtures the way the app will: bytes → detectEncoding → TextDecoder. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectEncoding } from '../../../src/import/index.ts';

const root = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

export const fixtureBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(root + path));

export function decode(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes)).decode(bytes);
}

export const fixtureText = (path: string): string => decode(fixtureBytes(path));
