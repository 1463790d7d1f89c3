import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ExportTable } from '../../src/export/json-format.ts';
import { clientFields } from '../schema/client-fields.ts';
import { clients } from '../schema/clients.ts';
import { contactDetails } from '../schema/contact-details.ts';
import { contacts } from '../schema/contacts.ts';
import { acknowledgements, lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { clientTags, personTags, tags } from '../schema/tags.ts';
import { visitAttendees, visits } from '../schema/visits.ts';
import { followUps, incidents, knowHow, settings } from '../schema/work.ts';

/** Where each table of the export lives, and its SQL name (the CSV file's name). */
export const TABLES_OF_EXPORT: Record<ExportTable, { table: SQLiteTable; name: string }> = {
  clients: { table: clients, name: 'clients' },
  people: { table: people, name: 'people' },
  contactDetails: { table: contactDetails, name: 'contact_details' },
  roles: { table: roles, name: 'roles' },
  relationships: { table: relationships, name: 'relationships' },
  lifeEvents: { table: lifeEvents, name: 'life_events' },
  lifeEventPeople: { table: lifeEventPeople, name: 'life_event_people' },
  visits: { table: visits, name: 'visits' },
  visitAttendees: { table: visitAttendees, name: 'visit_attendees' },
  acknowledgements: { table: acknowledgements, name: 'acknowledgements' },
  contacts: { table: contacts, name: 'contacts' },
  followUps: { table: followUps, name: 'follow_ups' },
  incidents: { table: incidents, name: 'incidents' },
  knowHow: { table: knowHow, name: 'know_how' },
  tags: { table: tags, name: 'tags' },
  clientTags: { table: clientTags, name: 'client_tags' },
  personTags: { table: personTags, name: 'person_tags' },
  clientFields: { table: clientFields, name: 'client_fields' },
  settings: { table: settings, name: 'settings' },
};
