import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      // Imports and exports run in a worker thread beside the main process (db/transfer/jobs.ts).
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/index.ts'), 'transfer-worker': resolve(import.meta.dirname, 'db/transfer/worker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module.
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    build: {
      minify: true,
      reportCompressedSize: true,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
        // Every icon in one small chunk: split by which screens share them they came as a dozen
        // 300-byte files, each a request a page waited for.
        output: { codeSplitting: { groups: [{ name: 'icons', test: /node_modules[\\/]lucide-react[\\/]dist[\\/]esm[\\/]icons[\\/]/, includeDependenciesRecursively: false }] } },
      },
    },
  },
});
