import { contract, isChannel, type Channel, type ChannelArgs, type ChannelOutput } from './channels.ts';
import { AppFailure, fail, ok, type Result } from './result.ts';
import { isReadChannel } from './channel-names.ts';
import { invalidInput } from './validation.ts';

/** One function per channel. Built from repositories and the engine; never imports electron. */
export type HandlerTable = { [C in Channel]: (args: ChannelArgs<C>) => ChannelOutput<C> };

export interface DispatchOptions {
  /** Maps an unexpected throw (e.g. a SQLite error) to a person-readable failure. */
  explain?: (error: unknown) => AppFailure | undefined;
  onUnexpected?: (channel: string, error: unknown) => void;
}

/**
 * Validates input against the contract before any handler runs, then calls the handler.
 * Every outcome is a plain Result, so the same code serves IPC, HTTP and the CLI.
 */
export function dispatch(table: HandlerTable, channel: unknown, input: unknown, options: DispatchOptions = {}): Result<unknown> {
  if (!isChannel(channel)) {
    return fail({ code: 'unknown_channel', message: `There is no channel called ${JSON.stringify(channel)}.` });
  }
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) return fail(invalidInput(parsed.error, isReadChannel(channel) ? 'read' : 'write').toError());
  try {
    const handler = table[channel] as (args: unknown) => unknown;
    return ok(handler(parsed.data));
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.toError());
    const explained = options.explain?.(error);
    if (explained) return fail(explained.toError());
    options.onUnexpected?.(channel, error);
    return fail({ code: 'internal', message: 'Something went wrong and nothing was changed. Please try again; if it keeps happening, restart the app.' });
  }
}
