// Run by read-only.test.ts as an unprivileged user: each CLI command against a read-only
// database, reported as JSON (exit code and what was printed).
import { runCli } from '../../../scripts/cli/run.ts';

const results = [];
for (const command of process.argv.slice(2)) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(JSON.parse(command) as string[], { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  results.push({ command, code, out: out.join('\n'), err: err.join('\n') });
}
process.stdout.write(JSON.stringify(results));
