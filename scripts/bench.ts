import { openStore } from '../db/connection.ts';
import { createDispatcher } from '../db/handlers/index.ts';
import { join } from 'node:path';
import { benchAutosave } from './bench/autosave.ts';
import { benchBriefing } from './bench/briefing.ts';
import { benchDashboard } from './bench/dashboard.ts';
import { benchDemo } from './bench/demo.ts';
import { benchEncryption } from './bench/encryption.ts';
import { benchStartup } from './bench/startup.ts';
import { benchTransfer } from './bench/transfer.ts';
import { backupDir, cacheDir, cachedDatabase, large, MIDDLE_SIZES, NOW, sample, workingCopy } from './bench/databases.ts';
import { print, printTimes } from './bench/harness.ts';
import { benchOpen } from './bench/open.ts';
import { benchScreens } from './bench/screens.ts';
import { ensureBuilt } from './bench/context.ts';
import { benchSearch } from './bench/search.ts';

/**
 * `npm run bench`: builds the sample databases once (cached in .cache/bench), then prints one
 * JSON line per measurement, each with the machine's load. Compared pairs run interleaved and
 * report the per-pair ratio. One module per measurement under scripts/bench/.
 */
/** Screens in Chromium on the large database: asked for → settled page (the bar is 300 ms). */
async function timeScreens(file: string, names: string[] = []) {
  for (const screen of await benchScreens(file, { names })) printTimes(`screen ${screen.name} (large, Chromium 1280×800): asked for → settled page, ${screen.nodes} elements`, screen.times);
}

print({ name: 'bench start', node: process.version });
const largeFile = await large();

// `npm run bench -- startup search` runs only the ones named; `engine` is all the in-process
// ones (briefing, dashboard, search, autosave, screens, encryption), `open` the opening times.
const only = new Set(process.argv.slice(2));
const ENGINE = ['briefing', 'dashboard', 'search', 'autosave', 'screens', 'encryption'];
const wanted = (name: string) => only.size === 0 || only.has(name) || (ENGINE.includes(name) && only.has('engine'));
const context = { large: largeFile, scratch: join(cacheDir, 'scratch'), now: NOW };
if (wanted('startup')) await benchStartup(context);
if (wanted('transfer')) await benchTransfer(context);
if (wanted('demo')) await benchDemo(context);
if (only.has('screens')) {
  // `npm run bench -- screens` (add screen names to narrow it: `screens Follow-ups Home`).
  ensureBuilt();
  // A working copy: the app writes its bookkeeping (catch-up tracking) as it opens Home.
  const copy = workingCopy(largeFile, 'bench-screens');
  try {
    // Other names that are not measurements narrow the screens (`screens Follow-ups Home`).
    const measurements = new Set(['startup', 'transfer', 'demo', 'engine', 'open', ...ENGINE]);
    await timeScreens(copy.file, [...only].filter((name) => !measurements.has(name)));
  } finally {
    copy.remove();
  }
}

if (ENGINE.some((name) => name !== 'screens' && wanted(name))) {
  const largeCopy = workingCopy(largeFile, 'bench-large');
  const sampleCopy = wanted('dashboard') ? workingCopy(await sample(), 'bench-sample') : null;
  try {
    const store = await openStore({ file: largeCopy.file, backupDir });
    const call = createDispatcher(store, () => NOW);
    if (wanted('briefing')) benchBriefing(store, call);
    if (sampleCopy) {
      const sampleStore = await openStore({ file: sampleCopy.file, backupDir });
      benchDashboard(store, call, sampleStore, createDispatcher(sampleStore, () => NOW));
      sampleStore.close();
    }
    if (wanted('autosave')) benchAutosave(store, call);
    if (wanted('screens') && !only.has('screens')) {
      ensureBuilt();
      await timeScreens(largeCopy.file);
    }
    if (wanted('encryption')) await benchEncryption(store, call, largeFile, backupDir);
    // Last: it adds people to the working copy.
    if (wanted('search')) benchSearch(store, call);
    store.close();
  } finally {
    largeCopy.remove();
    sampleCopy?.remove();
  }
}
if (!wanted('open')) process.exit(0);

const sampleFile = await sample();
await benchOpen('sample', sampleFile);
await benchOpen('about 20 MB', await cachedDatabase(MIDDLE_SIZES.mb20));
await benchOpen('about 60 MB', await cachedDatabase(MIDDLE_SIZES.mb60));
await benchOpen('large', largeFile);
print({ name: 'bench end' });
