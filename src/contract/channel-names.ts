/**
 * Every channel name, with no dependencies, so the sandboxed preload can bind them without
 * bundling the schemas. `channels.ts` is checked against this list at compile time.
 */
export const CHANNEL_NAMES = [
  'clients:list',
  'clients:count',
  'clients:get',
  'clients:create',
  'clients:update',
  'clients:archive',
  'clients:delete',
  'people:list',
  'people:get',
  'people:create',
  'people:update',
  'people:markDeceased',
  'people:delete',
  'people:relatives',
  'people:addRelative',
  'people:exportAll',
  'people:forget',
  'roles:listForClient',
  'roles:listForPerson',
  'roles:create',
  'roles:update',
  'roles:end',
  'roles:delete',
  'relationships:create',
  'relationships:update',
  'relationships:end',
  'relationships:delete',
  'events:list',
  'events:get',
  'events:create',
  'events:update',
  'events:delete',
  'acknowledgements:record',
  'acknowledgements:remove',
  'acknowledgements:setNote',
  'visits:list',
  'visits:get',
  'visits:create',
  'visits:update',
  'visits:setAttendees',
  'visits:complete',
  'visits:cancel',
  'visits:delete',
  'followUps:list',
  'followUps:create',
  'followUps:update',
  'followUps:done',
  'followUps:reassign',
  'followUps:delete',
  'incidents:list',
  'incidents:create',
  'incidents:update',
  'incidents:delete',
  'knowHow:list',
  'knowHow:create',
  'knowHow:update',
  'knowHow:askedAgain',
  'knowHow:delete',
  'trash:list',
  'trash:restore',
  'trash:empty',
  'search:query',
  'briefing:forVisit',
  'briefing:next',
  'dashboard:get',
  'dashboard:more',
  'dashboard:dismissCatchUp',
  'demo:load',
  'shellSettings:get',
  'shellSettings:save',
  'openedFiles:take',
  'export:json',
  'export:csv',
  'export:vcard',
  'export:ics',
  'import:preview',
  'import:apply',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/**
 * Channels whose work is asynchronous (SQLite's online backup); here, with no dependencies,
 * for the same reason: the sandboxed preload cannot load zod.
 */
export const ASYNC_CHANNEL_NAMES = ['backups:list', 'backups:create', 'backups:restore', 'transfer:start', 'transfer:status', 'transfer:cancel'] as const;

/**
 * Channels that only read. The dispatcher runs them in a deferred transaction, which takes no
 * write lock, so a big import in another process never makes a read wait or fail "busy"; every
 * other channel takes the write lock up front (IMMEDIATE). (dashboard:get is not here: its first
 * call records when catch-up tracking began.)
 */
export const READ_CHANNELS = [
  'clients:list',
  'clients:get',
  'people:list',
  'people:get',
  'people:relatives',
  'people:exportAll',
  'roles:listForClient',
  'roles:listForPerson',
  'events:list',
  'events:get',
  'visits:list',
  'visits:get',
  'followUps:list',
  'incidents:list',
  'knowHow:list',
  'trash:list',
  'search:query',
  'briefing:forVisit',
  'briefing:next',
  'export:json',
  'export:csv',
  'export:vcard',
  'export:ics',
  'import:preview',
] as const satisfies readonly ChannelName[];

const reads: ReadonlySet<string> = new Set(READ_CHANNELS);
export const isReadChannel = (name: string): boolean => reads.has(name);
