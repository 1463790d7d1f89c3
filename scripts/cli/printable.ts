import type { CliIo } from './io.ts';

// Escape sequences first (so their printable tails go too), then any control character left.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ESCAPE_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?|\u009b[0-?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as a terminal may show it: no control characters, ANSI escape sequences or bidi
 * overrides (which could rewrite the screen, retitle the window or disguise a name); line breaks
 * and tabs stay. Applied to everything the CLI prints, whatever the data holds.
 */
export const printable = (text: string): string => text.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');

export const printableIo = (io: CliIo): CliIo => ({
  out: (line) => io.out(printable(line)),
  err: (line) => io.err(printable(line)),
  ...(io.progress ? { progress: (line: string | null) => io.progress?.(line === null ? null : printable(line)) } : {}),
  ...(io.onInterrupt ? { onInterrupt: io.onInterrupt } : {}),
});
