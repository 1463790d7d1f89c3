import type { Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import type { HandlerTable } from '../../src/contract/dispatch.ts';
import type { ChannelName } from '../../src/contract/channel-names.ts';

export interface HandlerContext {
  store: Store;
  clock: Clock;
}

/** The handlers of one domain: the slice of the table whose names start with `prefix:`. */
export type DomainHandlers<Prefix extends string> = Pick<HandlerTable, Extract<ChannelName, `${Prefix}:${string}`>>;
