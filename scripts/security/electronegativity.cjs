// Runs Doyensec's Electronegativity over the shell and the renderer sources and fails on any
// finding above informational that docs/security.md does not justify. Run it as
//   node --require ./scripts/security/offline-got.cjs scripts/security/electronegativity.cjs [--json] [--root DIR]
// (npm run security); tests/unit/security/electronegativity.test.ts runs it in `npm test`.
const { cpSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const runner = require('@doyensec/electronegativity/dist/runner.js');

const run = runner.default ?? runner;
const rootFlag = process.argv.indexOf('--root');
const root = rootFlag > 0 ? process.argv[rootFlag + 1] : join(__dirname, '..', '..');
// The Electron version the app ships: without it Electronegativity assumes 0.1.0.
const ELECTRON_VERSION = '45.0.0';

/** "`PRELOAD_JS_CHECK` · `electron/window.ts`" rows of the justification table. */
function justified() {
  const doc = readFileSync(join(root, 'docs/security.md'), 'utf8');
  return new Set([...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|/gm)].map((m) => `${m[1]} ${m[2]}`));
}

async function scan() {
  // One folder with both, so the global checks (navigation limits, permission handler, CSP)
  // see the whole app at once.
  const dir = mkdtempSync(join(tmpdir(), 'askafter-electronegativity-'));
  try {
    for (const part of ['electron', 'renderer']) cpSync(join(root, part), join(dir, part), { recursive: true });
    const result = await run({
      input: dir,
      electronVersionOverride: ELECTRON_VERSION,
      // It downloads Electron's release list; the version is pinned in package.json instead.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      parserPlugins: [],
      isRelative: true,
    });
    return { issues: result.issues, errors: result.errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const { issues, errors } = await scan();
  const ok = justified();
  const findings = issues
    .filter((i) => i.severity.name !== 'INFORMATIONAL')
    .map((i) => ({ id: i.id, severity: i.severity.name, confidence: i.confidence.name, file: i.file.replace(/\\/g, '/'), line: i.location.line, manualReview: i.manualReview, description: i.description }))
    .map((f) => ({ ...f, justified: ok.has(`${f.id} ${f.file}`) || ok.has(`${f.id} *`) }));
  const unjustified = findings.filter((f) => !f.justified);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ findings, errors: errors.length }));
  else {
    for (const f of findings) console.log(`${f.justified ? 'justified' : 'FINDING  '} ${f.id} (${f.severity}) ${f.file}:${f.line}`);
    console.log(`${findings.length} findings above informational, ${unjustified.length} not justified in docs/security.md; ${errors.length} files could not be parsed.`);
  }
  process.exitCode = unjustified.length > 0 || errors.length > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(`Electronegativity could not run: ${error.message}`);
  process.exitCode = 2;
});
