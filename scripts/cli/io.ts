export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /**
   * A progress line that replaces the last one (null clears it), for a terminal only: absent when
   * stderr is a file or a pipe, so logs and scripts never get it.
   */
  progress?(line: string | null): void;
  /** Runs `onInterrupt` on Ctrl+C (SIGINT) until the returned function is called. */
  onInterrupt?(onInterrupt: () => void): () => void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ...(process.stderr.isTTY ? { progress: (line: string | null) => process.stderr.write(line === null ? '\r\u001b[K' : `\r\u001b[K${line}`) } : {}),
  onInterrupt: (onInterrupt) => {
    process.on('SIGINT', onInterrupt);
    return () => process.off('SIGINT', onInterrupt);
  },
};

/** Plain aligned columns for a terminal. */
export function table(rows: string[][]): string[] {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '));
}
