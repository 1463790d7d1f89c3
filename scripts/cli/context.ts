import type { Dispatcher } from '../../db/handlers/index.ts';
import { CallFailure } from '../../src/contract/result.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/contract/channels.ts';
import type { CliIo } from './io.ts';

export interface CommandContext {
  io: CliIo;
  json: boolean;
  /** Calls a channel through the same handler table as the app; throws CallFailure on failure. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C>;
}

export function callerFor(dispatch: Dispatcher): CommandContext['call'] {
  return (channel, input) => {
    const result = dispatch(channel, input);
    if (!result.ok) throw new CallFailure(result.error);
    return result.value as never;
  };
}

export class UsageError extends Error {}
