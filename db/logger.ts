/** Named loggers: one line per event, with the area it came from. Nothing leaves the machine. */
export interface Logger {
  info(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

export function createLogger(name: string): Logger {
  const prefix = `[askafter:${name}]`;
  return {
    info: (message, ...rest) => console.info(prefix, message, ...rest),
    warn: (message, ...rest) => console.warn(prefix, message, ...rest),
    error: (message, ...rest) => console.error(prefix, message, ...rest),
  };
}
