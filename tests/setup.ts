import '@testing-library/jest-dom/vitest';
import fc from 'fast-check';
import { afterEach } from 'vitest';

// Property tests try new cases on every run on a developer's machine, and CI replays one fixed
// seed, so whether a change lands is never a matter of luck. A failure prints its seed: keep the
// case it found as a fixed example next to the property, then fix the code.
if (process.env.CI) fc.configureGlobal({ seed: 20261203 });

if (typeof document !== 'undefined') {
  // A busy 2-core machine can take seconds to render a screen: wait for it rather than flake.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 10_000 });
}

// testing-library only cleans up by itself when vitest globals are on; they are not.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
