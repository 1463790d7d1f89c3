import type { AsyncApi } from './async-channels.ts';
import type { Channel, ChannelInput, ChannelOutput } from './channels.ts';
import type { Result } from './result.ts';

/** The object the preload exposes as `window.askafter`: one method per channel. */
export type AskAfterApi = { [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> } & AsyncApi;
