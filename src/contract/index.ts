export * from './channels.ts';
export * from './dispatch.ts';
export * from './result.ts';
export * from './validation.ts';
export * from './schemas/common.ts';
export * from './schemas/clients.ts';
export * from './api.ts';
export * from './channel-names.ts';
