import type { AsyncChannelInput, AsyncChannelName, AsyncChannelOutputs } from '../../src/contract/async-channels.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/contract/channels.ts';
import { CallFailure } from '../../src/contract/result.ts';
import { pickTransport, type Transport } from './transport.ts';

export interface ApiClient {
  /** Calls a channel; resolves with its value or rejects with a CallFailure (code + message). */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** The same for the asynchronous channels (backups). */
  callAsync<C extends AsyncChannelName>(channel: C, ...input: AsyncChannelInput<C>): Promise<AsyncChannelOutputs[C]>;
}

export function createApiClient(transport: Transport): ApiClient {
  const call = async (channel: string, input: unknown) => {
    const result = await transport(channel, input);
    if (!result.ok) throw new CallFailure(result.error);
    return result.value as never;
  };
  return { call, callAsync: (channel, ...input) => call(channel, input[0] ?? {}) };
}

let shared: ApiClient | undefined;
export const api = (): ApiClient => (shared ??= createApiClient(pickTransport()));
