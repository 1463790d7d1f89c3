import { asc, getTableColumns } from 'drizzle-orm';
import { EXPORT_FORMAT, EXPORT_VERSION, type AskAfterExport, type ExportData } from '../../src/export/json-format.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { clientFields } from '../schema/client-fields.ts';
import { clients } from '../schema/clients.ts';
import { contactDetails } from '../schema/contact-details.ts';
import { contacts } from '../schema/contacts.ts';
import { acknowledgements, lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { clientTags, personTags, tags } from '../schema/tags.ts';
import { visitAttendees, visits } from '../schema/visits.ts';
import { followUps, incidents, knowHow, settings } from '../schema/work.ts';

/**
 * Every row of every table, trash included, in key order: the same database always reads
 * the same. Typed as the export format, so a column the format lacks fails to compile here.
 */
// last_visit_at, last_contact_at and tag_rhythm_days are derived from the visits, contacts and tags, and
// life_events.celebration_ends_on from the people and relationships, and life_event_people.matters_through from the
// events (triggers keep them), so they are not part of the format.
const { lastVisitAt: _derived, lastContactAt: _derivedToo, tagRhythmDays: _fromTags, ...clientColumns } = getTableColumns(clients);
const { celebrationEndsOn: _fromPeople, ...eventColumns } = getTableColumns(lifeEvents);
const { mattersThrough: _fromEvent, ...eventLinkColumns } = getTableColumns(lifeEventPeople);

export function readExportData(db: Db, options: { settings: boolean }): ExportData {
  return {
    clients: db.select(clientColumns).from(clients).orderBy(asc(clients.id)).all(),
    people: db.select().from(people).orderBy(asc(people.id)).all(),
    contactDetails: db.select().from(contactDetails).orderBy(asc(contactDetails.id)).all(),
    roles: db.select().from(roles).orderBy(asc(roles.id)).all(),
    relationships: db.select().from(relationships).orderBy(asc(relationships.id)).all(),
    lifeEvents: db.select(eventColumns).from(lifeEvents).orderBy(asc(lifeEvents.id)).all(),
    lifeEventPeople: db.select(eventLinkColumns).from(lifeEventPeople).orderBy(asc(lifeEventPeople.eventId), asc(lifeEventPeople.personId)).all(),
    acknowledgements: db.select().from(acknowledgements).orderBy(asc(acknowledgements.id)).all(),
    visits: db.select().from(visits).orderBy(asc(visits.id)).all(),
    visitAttendees: db.select().from(visitAttendees).orderBy(asc(visitAttendees.visitId), asc(visitAttendees.personId)).all(),
    contacts: db.select().from(contacts).orderBy(asc(contacts.id)).all(),
    followUps: db.select().from(followUps).orderBy(asc(followUps.id)).all(),
    incidents: db.select().from(incidents).orderBy(asc(incidents.id)).all(),
    knowHow: db.select().from(knowHow).orderBy(asc(knowHow.id)).all(),
    tags: db.select().from(tags).orderBy(asc(tags.id)).all(),
    clientTags: db.select().from(clientTags).orderBy(asc(clientTags.clientId), asc(clientTags.tagId)).all(),
    personTags: db.select().from(personTags).orderBy(asc(personTags.personId), asc(personTags.tagId)).all(),
    clientFields: db.select().from(clientFields).orderBy(asc(clientFields.id)).all(),
    ...(options.settings ? { settings: db.select().from(settings).orderBy(asc(settings.key)).all() } : {}),
  };
}

/** The full export (docs/export-format.md). */
export function exportAll(db: Db, clock: Clock, options: { settings: boolean }): AskAfterExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: isoNow(clock), data: readExportData(db, options) };
}
