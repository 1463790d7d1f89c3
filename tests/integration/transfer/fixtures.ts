import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeImportBytes } from '../../../db/import/read-file.ts';

const root = fileURLToPath(new URL('../../fixtures/transfer/', import.meta.url));

/** One of this suite's own fixture files, decoded as the CLI decodes an import file. */
export const fixture = (name: string): string => decodeImportBytes(readFileSync(root + name));
