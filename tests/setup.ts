import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// testing-library only cleans up by itself when vitest globals are on; they are not.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
