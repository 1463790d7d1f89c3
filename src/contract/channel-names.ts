/**
 * Every channel name, with no dependencies, so the sandboxed preload can bind them without
 * bundling the schemas. `channels.ts` checks at compile time that the two lists agree.
 */
export const CHANNEL_NAMES = ['clients:list', 'clients:get', 'clients:create', 'clients:update', 'clients:archive'] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
