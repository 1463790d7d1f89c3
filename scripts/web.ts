import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore, type Store } from '../db/connection.ts';
import { keyFromEnvironment } from '../db/encryption.ts';
import { createAppCaller } from '../db/handlers/caller.ts';
import { resolveDatabaseFile } from './database-option.ts';
import { startPreviewServer } from './web/server.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } } });
// Runs bundled, from out/node/web.js (npm run web builds it), beside out/renderer.
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
if (!existsSync(rendererDir)) {
  console.error('The renderer is not built yet. Run `npm run build` first (`npm run web` does it for you).');
  process.exit(1);
}
const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number (0-65535), not ${JSON.stringify(values.port)}.`);
  process.exit(1);
}

const file = resolveDatabaseFile(values.db);
let store: Store;
try {
  store = await openStore({ file, key: keyFromEnvironment() });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
// A restore from the Backups section reopens the database: close the one in use at exit.
const preview = await startPreviewServer({ call: createAppCaller(store, undefined, { onStoreReplaced: (next) => (store = next) }), rendererDir, port });
console.log(`Ask After preview (database ${file})`);
console.log(`Open this one-time address (it works once, for you alone): ${preview.launchUrl}`);

const stop = async () => {
  await preview.close();
  store.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
