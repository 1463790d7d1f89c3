import type { z } from 'zod';
import type { ChannelName } from './channel-names.ts';
import { ById } from './schemas/common.ts';
import { ClientArchive, ClientCreate, ClientList, ClientUpdate, type Client } from './schemas/clients.ts';

/** A channel: the zod schema its input must pass, and (type only) what it returns. */
interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the result type; never set at run time. */
  output?: O;
}

const channel = <O>() => <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input });

/**
 * The one contract between the renderer and main: channel names (`domain:action`) and
 * their inputs. Electron IPC, the browser preview and the CLI all dispatch through it.
 */
export const contract = {
  'clients:list': channel<Client[]>()(ClientList),
  'clients:get': channel<Client>()(ById),
  'clients:create': channel<Client>()(ClientCreate),
  'clients:update': channel<Client>()(ClientUpdate),
  'clients:archive': channel<Client>()(ClientArchive),
// `satisfies` keeps channel-names.ts and this table in step: a missing or extra channel fails to compile.
} as const satisfies Record<ChannelName, ChannelDef<z.ZodType, unknown>>;

export type Contract = typeof contract;

export type Channel = keyof Contract;
/** What a caller passes (before defaults and trimming). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after validation). */
export type ChannelArgs<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = NonNullable<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(contract, name);
