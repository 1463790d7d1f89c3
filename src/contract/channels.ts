import { z } from 'zod';
import type { ChannelName } from './channel-names.ts';
import { AgendaRange, type Agenda } from './schemas/agenda.ts';
import { BriefingPreferences, BriefingPreferencesGet } from './schemas/briefing-preferences.ts';
import {
  BriefingForVisit,
  BriefingNext,
  CatchUpDismiss,
  DashboardGet,
  DashboardMore,
  DashboardMoreVisits,
  type Briefing,
  type Dashboard,
  type DashboardPage,
  type DashboardVisitsPage,
  type NextBriefing,
} from './schemas/briefing.ts';
import { ById } from './schemas/common.ts';
import { ClientArchive, ClientCreate, ClientList, ClientUpdate, type Client, type ClientSummary } from './schemas/clients.ts';
import { ClientFieldSet, ClientFieldsOf, type ClientField } from './schemas/client-fields.ts';
import { ContactDetailAdd, ContactDetailsOf, type ContactDetails } from './schemas/contact-details.ts';
import { ContactCreate, ContactList, ContactUpdate, type Contact, type ContactCreated } from './schemas/contacts.ts';
import { DemoLoad, type DemoCounts } from './schemas/demo.ts';
import {
  AcknowledgementNote,
  AcknowledgementRecord,
  AcknowledgementRemove,
  LifeEventCreate,
  LifeEventList,
  LifeEventUpdate,
  type Acknowledgement,
  type LifeEvent,
} from './schemas/events.ts';
import {
  AddRelative,
  MarkDeceased,
  PersonCreate,
  PersonList,
  PersonUpdate,
  RelationshipCreate,
  RelationshipEnd,
  RelationshipUpdate,
  RoleCreate,
  RoleEnd,
  RoleUpdate,
  type Person,
  type Relationship,
  type RelativeView,
  type Role,
} from './schemas/people.ts';
import {
  ClientsMerge,
  ClientsMergePreview,
  DuplicatesNotSame,
  DuplicatesSuggest,
  PeopleMerge,
  PeopleMergePreview,
  type DuplicatesNotSameResult,
  type DuplicateSuggestions,
  type MergeOutcome,
  type MergePreview,
} from './schemas/merge.ts';
import { SearchQuery, type SearchHit } from './schemas/search.ts';
import { OpenedFileTake, ShellSettings, ShellSettingsGet, type OpenedFile, type ShellSettingsView } from './schemas/shell.ts';
import {
  ExportCsv,
  ExportIcs,
  ExportJson,
  ExportVCard,
  ImportInput,
  PersonForget,
  type AskAfterExport,
  type CsvExport,
  type ForgetOutcome,
  type ImportOutcome,
  type ImportPreview,
  type PersonExport,
  type TextExport,
} from './schemas/transfer.ts';
import type { ListPage } from './schemas/pages.ts';
import { TrashEmpty, TrashRef, type TrashItem } from './schemas/trash.ts';
import { VisitCancel, VisitComplete, VisitCreate, VisitList, VisitSetAttendees, VisitUpdate, type Visit } from './schemas/visits.ts';
import {
  FollowUpCreate,
  FollowUpDone,
  FollowUpList,
  FollowUpPage,
  FollowUpReassign,
  FollowUpUpdate,
  IncidentCreate,
  IncidentList,
  IncidentPage,
  IncidentUpdate,
  KnowHowAskedAgain,
  KnowHowCreate,
  KnowHowList,
  KnowHowPage,
  KnowHowUpdate,
  type FollowUp,
  type FollowUpRow,
  type Incident,
  type IncidentRow,
  type KnowHow,
  type KnowHowRow,
} from './schemas/work.ts';
import { TagAdd, TagDelete, TagList, TagRemove, TagsOf, TagUpdate, type Tag, type TagRef } from './schemas/tags.ts';
import { PersonStory, type StoryEntry } from './schemas/timeline.ts';

/** A channel: the zod schema its input must pass, and (type only) what it returns. */
interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the result type; never set at run time. */
  output?: O;
}

const channel = <O>() => <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input });

const ByClient = z.object({ clientId: ById.shape.id }).strict();
const ByPerson = z.object({ personId: ById.shape.id }).strict();

export interface PersonWithRole extends Role {
  person: Person;
}
export interface RoleWithClient extends Role {
  client: Client;
}

/**
 * The one contract between the renderer and main: channel names (`domain:action`) and
 * their inputs. Electron IPC, the browser preview and the CLI all dispatch through it.
 * `*:delete` moves a record to the trash; `trash:empty` deletes for good.
 */
export const contract = {
  'clients:list': channel<Client[]>()(ClientList),
  /** The same clients as clients:list, each with only what the Clients list shows and filters by. */
  'clients:rows': channel<ClientSummary[]>()(ClientList),
  'clients:count': channel<{ count: number }>()(ClientList),
  'clients:get': channel<Client>()(ById),
  'clients:create': channel<Client>()(ClientCreate),
  'clients:update': channel<Client>()(ClientUpdate),
  'clients:archive': channel<Client>()(ClientArchive),
  'clients:delete': channel<TrashItem>()(ById),
  /** Two clients side by side, every field and how many records hang off each; writes nothing. */
  'clients:mergePreview': channel<MergePreview>()(ClientsMergePreview),
  /** Moves everything to the kept client and deletes the other for good; the transport takes a backup first (backupBeforeChannel). */
  'clients:merge': channel<MergeOutcome>()(ClientsMerge),

  'people:list': channel<Person[]>()(PersonList),
  'people:get': channel<Person>()(ById),
  'people:create': channel<Person>()(PersonCreate),
  'people:update': channel<Person>()(PersonUpdate),
  'people:markDeceased': channel<Person>()(MarkDeceased),
  'people:delete': channel<TrashItem>()(ById),
  'people:relatives': channel<RelativeView[]>()(ById),
  'people:addRelative': channel<RelativeView>()(AddRelative),
  'people:story': channel<StoryEntry[]>()(PersonStory),
  /** Everything held about one person (a subject-access request). */
  'people:exportAll': channel<PersonExport>()(ById),
  /** Deletes a person for good with every row about them; returns the text that still names them. */
  'people:forget': channel<ForgetOutcome>()(PersonForget),
  /** Two people side by side, every field and how many records hang off each; writes nothing. */
  'people:mergePreview': channel<MergePreview>()(PeopleMergePreview),
  /** Moves everything to the kept person and deletes the other for good; the transport takes a backup first (backupBeforeChannel). */
  'people:merge': channel<MergeOutcome>()(PeopleMerge),
  /** People and clients that may be recorded twice, and why. */
  'duplicates:suggest': channel<DuplicateSuggestions>()(DuplicatesSuggest),
  'duplicates:notSame': channel<DuplicatesNotSameResult>()(DuplicatesNotSame),

  'tags:list': channel<Tag[]>()(TagList),
  'tags:of': channel<TagRef[]>()(TagsOf),
  /** Returns the client's or person's tags after adding. */
  'tags:add': channel<TagRef[]>()(TagAdd),
  'tags:remove': channel<TagRef[]>()(TagRemove),
  'tags:update': channel<Tag>()(TagUpdate),
  /** For good (tags have no trash): what it was and whom it was taken off. */
  'tags:delete': channel<Tag>()(TagDelete),

  /** A person's or a client's phone numbers and e-mail addresses, with labels, the primary first. */
  'contactDetails:list': channel<ContactDetails>()(ContactDetailsOf),
  /** One more number or address (one they already have is not added twice); edit or remove through people:update/clients:update with the whole lists. */
  'contactDetails:add': channel<ContactDetails>()(ContactDetailAdd),

  /** A client's own fields (ISP, router, renewal dates), in order. */
  'clientFields:list': channel<ClientField[]>()(ClientFieldsOf),
  /** Adds a field (`clientId`) or changes one (`id`); returns the client's fields. */
  'clientFields:set': channel<ClientField[]>()(ClientFieldSet),
  /** Removes a field for good (fields have no trash); returns the client's fields left. */
  'clientFields:remove': channel<ClientField[]>()(ById),

  'roles:listForClient': channel<PersonWithRole[]>()(ByClient),
  'roles:listForPerson': channel<RoleWithClient[]>()(ByPerson),
  'roles:create': channel<Role>()(RoleCreate),
  'roles:update': channel<Role>()(RoleUpdate),
  'roles:end': channel<Role>()(RoleEnd),
  'roles:delete': channel<{ id: number }>()(ById),

  'relationships:create': channel<Relationship>()(RelationshipCreate),
  'relationships:update': channel<Relationship>()(RelationshipUpdate),
  'relationships:end': channel<Relationship>()(RelationshipEnd),
  'relationships:delete': channel<{ id: number }>()(ById),

  'events:list': channel<LifeEvent[]>()(LifeEventList),
  'events:get': channel<LifeEvent>()(ById),
  'events:create': channel<LifeEvent>()(LifeEventCreate),
  'events:update': channel<LifeEvent>()(LifeEventUpdate),
  'events:delete': channel<TrashItem>()(ById),
  'acknowledgements:record': channel<Acknowledgement[]>()(AcknowledgementRecord),
  'acknowledgements:remove': channel<{ removed: number }>()(AcknowledgementRemove),
  'acknowledgements:setNote': channel<Acknowledgement[]>()(AcknowledgementNote),

  'visits:list': channel<Visit[]>()(VisitList),
  'visits:get': channel<Visit>()(ById),
  'visits:create': channel<Visit>()(VisitCreate),
  'visits:update': channel<Visit>()(VisitUpdate),
  'visits:setAttendees': channel<Visit>()(VisitSetAttendees),
  'visits:complete': channel<Visit>()(VisitComplete),
  'visits:cancel': channel<Visit>()(VisitCancel),
  'visits:delete': channel<TrashItem>()(ById),
  /** Every client's visits and contacts in a range of days, by day on the user's calendar. */
  'agenda:range': channel<Agenda>()(AgendaRange),

  'followUps:list': channel<FollowUp[]>()(FollowUpList),
  'followUps:page': channel<ListPage<FollowUpRow>>()(FollowUpPage),
  'followUps:create': channel<FollowUp>()(FollowUpCreate),
  'followUps:update': channel<FollowUp>()(FollowUpUpdate),
  'followUps:done': channel<FollowUp>()(FollowUpDone),
  'followUps:reassign': channel<FollowUp>()(FollowUpReassign),
  'followUps:delete': channel<TrashItem>()(ById),

  'contacts:list': channel<Contact[]>()(ContactList),
  'contacts:create': channel<ContactCreated>()(ContactCreate),
  'contacts:update': channel<Contact>()(ContactUpdate),
  'contacts:delete': channel<TrashItem>()(ById),

  'incidents:list': channel<Incident[]>()(IncidentList),
  'incidents:page': channel<ListPage<IncidentRow>>()(IncidentPage),
  'incidents:create': channel<Incident>()(IncidentCreate),
  'incidents:update': channel<Incident>()(IncidentUpdate),
  'incidents:delete': channel<TrashItem>()(ById),

  'knowHow:list': channel<KnowHow[]>()(KnowHowList),
  'knowHow:page': channel<ListPage<KnowHowRow>>()(KnowHowPage),
  'knowHow:create': channel<KnowHow>()(KnowHowCreate),
  'knowHow:update': channel<KnowHow>()(KnowHowUpdate),
  'knowHow:askedAgain': channel<KnowHow>()(KnowHowAskedAgain),
  'knowHow:delete': channel<TrashItem>()(ById),

  'trash:list': channel<TrashItem[]>()(z.object({}).strict().default({})),
  'trash:restore': channel<TrashItem>()(TrashRef),
  'trash:empty': channel<{ deleted: number }>()(TrashEmpty),

  'search:query': channel<SearchHit[]>()(SearchQuery),

  'briefing:forVisit': channel<Briefing>()(BriefingForVisit),
  'briefing:next': channel<NextBriefing>()(BriefingNext),
  'dashboard:get': channel<Dashboard>()(DashboardGet),
  'dashboard:more': channel<DashboardPage>()(DashboardMore),
  'dashboard:moreVisits': channel<DashboardVisitsPage>()(DashboardMoreVisits),
  'dashboard:dismissCatchUp': channel<{ dismissedAt: string }>()(CatchUpDismiss),
  'demo:load': channel<DemoCounts>()(DemoLoad),
  'briefingSettings:get': channel<BriefingPreferences>()(BriefingPreferencesGet),
  'briefingSettings:save': channel<BriefingPreferences>()(BriefingPreferences),
  'shellSettings:get': channel<ShellSettingsView>()(ShellSettingsGet),
  'shellSettings:save': channel<ShellSettingsView>()(ShellSettings),
  /** The next file opened with the desktop app, for the import preview; always null in the browser preview. */
  'openedFiles:take': channel<{ file: OpenedFile | null }>()(OpenedFileTake),

  'export:json': channel<AskAfterExport>()(ExportJson),
  'export:csv': channel<CsvExport>()(ExportCsv),
  'export:vcard': channel<TextExport>()(ExportVCard),
  'export:ics': channel<TextExport>()(ExportIcs),
  /** What importing a file would do, record by record; writes nothing. */
  'import:preview': channel<ImportPreview>()(ImportInput),
  /** Imports in one transaction; the transport takes a pre-import backup first (backupBeforeChannel). */
  'import:apply': channel<ImportOutcome>()(ImportInput),
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
