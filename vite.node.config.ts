import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const outDir = resolve(root, 'out/node');

/**
 * The CLI and the browser preview as one bundled Node build (out/node), so neither transpiles
 * TypeScript at start. Only the SQLite driver (a native module) stays in node_modules; the rest is
 * bundled, which saves the module lookups a cold start would spend. The migrations are copied
 * next to the bundle, where db/migrate.ts looks for them.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  ssr: { noExternal: true, external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'] },
  build: {
    ssr: true,
    target: 'node22',
    outDir,
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        cli: resolve(root, 'scripts/cli.ts'),
        web: resolve(root, 'scripts/web.ts'),
        // Imports and exports run in a worker thread; db/transfer/jobs.ts looks for it beside the bundle.
        'transfer-worker': resolve(root, 'db/transfer/worker.ts'),
      },
      external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
  plugins: [
    {
      name: 'askafter-migrations',
      writeBundle() {
        rmSync(resolve(outDir, 'migrations'), { recursive: true, force: true });
        cpSync(resolve(root, 'db/migrations'), resolve(outDir, 'migrations'), { recursive: true });
      },
    },
  ],
});
