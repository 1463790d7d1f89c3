import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    pool: 'forks',
    // Room for a busy 2-core machine (a form test typing through jsdom took 21 s under load): a
    // test that hangs still fails, and no test measures speed.
    testTimeout: 60_000,
  },
});
