export * from './clients.ts';
export * from './people.ts';
export * from './visits.ts';
export * from './life-events.ts';
export * from './work.ts';
export * from './notifications.ts';
export * from './contacts.ts';
export * from './contact-details.ts';
