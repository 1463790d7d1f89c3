// Child process for the crash-safety test: autosaves a visit's notes as fast as it can and
// reports each acknowledged save on stdout, until it is killed.
import { openStore } from '../../../db/connection.ts';
import { createDispatcher } from '../../../db/handlers/index.ts';

const [file, visitId] = [process.argv[2]!, Number(process.argv[3])];
const store = await openStore({ file });
const call = createDispatcher(store);
for (let n = 1; ; n++) {
  const result = call('visits:update', { id: visitId, notes: `notes typed so far: ${n} ${'x'.repeat(n % 500)}` });
  if (!result.ok) {
    process.stderr.write(`${result.error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`ack ${n}\n`);
}
