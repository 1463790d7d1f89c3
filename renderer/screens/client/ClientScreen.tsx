import { CalendarPlus, Combine, Pencil, Trash2 } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Client } from '../../../src/contract/schemas/clients.ts';
import type { Visit } from '../../../src/contract/schemas/visits.ts';
import { addDays, daysBetween } from '../../../src/dates/calendar-date.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Fact } from '../../components/Fact.tsx';
import { CLIENT_KIND_LABEL, rhythmText } from '../../components/labels.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormat, type Formatter } from '../../settings/format.ts';
import { EventTimeline } from '../life-events/EventTimeline.tsx';
import { FollowUpItem } from '../work/FollowUpItem.tsx';
import { IncidentItem } from '../work/IncidentItem.tsx';
import { KnowHowItem } from '../work/KnowHowItem.tsx';
import { hasDraft } from '../../drafts/useDraft.ts';
import { ContactDetailsFacts } from '../../components/ContactDetailsFacts.tsx';
import { clientDraftKey } from '../../drafts/draft-keys.ts';
import { AddMore } from '../../components/AddMore.tsx';
import { ClientFieldsSection } from './ClientFieldsSection.tsx';
import { ClientPeopleSection } from './ClientPeopleSection.tsx';
import { ClientVisitsSection } from './ClientVisitsSection.tsx';
import { ContactsList } from '../contacts/ContactsList.tsx';
import type { Contact } from '../../../src/contract/schemas/contacts.ts';
import { CONTACT_KIND_LABEL } from '../../components/labels.ts';
import { TagChips } from '../../components/TagChips.tsx';
import type { TagRef } from '../../../src/contract/schemas/tags.ts';

// Loaded when first opened: the forms and dialogs (their date fields, pickers and overlays) are
// most of this page's code, and none of it is needed to read the page.
const ContactLogForm = lazy(async () => ({ default: (await import('../contacts/ContactLogForm.tsx')).ContactLogForm }));
const FollowUpQuickAdd = lazy(async () => ({ default: (await import('../work/FollowUpQuickAdd.tsx')).FollowUpQuickAdd }));
const IncidentForm = lazy(async () => ({ default: (await import('../work/IncidentForm.tsx')).IncidentForm }));
const KnowHowForm = lazy(async () => ({ default: (await import('../work/KnowHowForm.tsx')).KnowHowForm }));
const ClientDetailsDialog = lazy(async () => ({ default: (await import('./ClientDetailsDialog.tsx')).ClientDetailsDialog }));
const MergeDialog = lazy(async () => ({ default: (await import('../merge/MergeDialog.tsx')).MergeDialog }));

/** Everything about one client: people, site, rhythm, visits, follow-ups, incidents, know-how. */
export function ClientScreen() {
  const id = Number(useParams().clientId);
  const client = useChannel('clients:get', { id });
  // The heading stays the same element while the page loads, so focus put on it stays too.
  return (
    <section className="screen">
      <PageHeading title={client.data?.name ?? 'Client'}>{client.data?.name ?? 'Client'}</PageHeading>
      {client.isSuccess ? <ClientPage client={client.data} /> : client.isPending ? <p role="status">Loading…</p> : <ErrorMessage error={client.error} />}
    </section>
  );
}

function ClientPage({ client }: { client: Client }) {
  const navigate = useNavigate();
  // Unsaved changes from before a reload reopen the dialog they were typed in.
  const [dialog, setDialog] = useState<'edit' | 'trash' | 'merge' | null>(() => (hasDraft(clientDraftKey(client.id)) ? 'edit' : null));
  const people = useChannel('roles:listForClient', { clientId: client.id });
  const visits = useChannel('visits:list', { clientId: client.id, limit: 1000 });
  const followUps = useChannel('followUps:list', { clientId: client.id });
  const incidents = useChannel('incidents:list', { clientId: client.id });
  const knowHow = useChannel('knowHow:list', { clientId: client.id });
  const events = useChannel('events:list', { clientId: client.id });
  const contacts = useChannel('contacts:list', { clientId: client.id, limit: 50 });
  const tags = useChannel('tags:of', { clientId: client.id });
  const details = useChannel('contactDetails:list', { clientId: client.id });
  const trash = useChannelMutation('clients:delete', { onSuccess: () => void navigate(paths.clients()) });
  const activePeople = (people.data ?? []).filter((r) => r.active).map((r) => r.person);
  const personName = (id: number | null) => activePeople.find((p) => p.id === id)?.displayName;
  const openFollowUps = (followUps.data ?? []).filter((f) => !f.doneAt).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const close = (open: boolean) => !open && setDialog(null);

  return (
    <>
      <div className="screen-header">
        <p className="subtitle">
            <span className="badge">{CLIENT_KIND_LABEL[client.kind]}</span>
            {client.archived && <span className="badge">Archived</span>}
        </p>
        <div className="button-row">
          <Link className="button primary" to={paths.planVisit(client.id)}>
            <CalendarPlus aria-hidden size={16} /> Plan a visit
          </Link>
          <button type="button" onClick={() => setDialog('edit')}>
            <Pencil aria-hidden size={16} /> Edit details
          </button>
        </div>
      </div>

      <div className="two-columns">
        <div className="column">
          <ClientPeopleSection clientId={client.id} clientName={client.name} people={people.data} error={people.error} />
          {visits.isError ? (
            <Section title="Visits">
              <ErrorMessage error={visits.error} />
            </Section>
          ) : (
            <ClientVisitsSection clientId={client.id} visits={visits.data ?? []} />
          )}
          <Section title="Calls and messages">
            <ErrorMessage error={contacts.error} />
            <ContactsList contacts={contacts.data ?? []} label="Calls and messages" show="person" />
            <AddMore summary="Log a call or message" open={hasDraft(`contact:new:client:${client.id}`)}>
              <ContactLogForm clientId={client.id} people={activePeople.map((p) => ({ id: p.id, label: p.displayName }))} />
            </AddMore>
          </Section>
          <Section title="Follow-ups">
            <ErrorMessage error={followUps.error} />
            {openFollowUps.length > 0 ? (
              <ul className="item-list" aria-label="Open follow-ups">
                {openFollowUps.map((f) => (
                  <FollowUpItem key={f.id} followUp={f} personName={personName(f.personId)} />
                ))}
              </ul>
            ) : (
              <p className="muted">No open follow-ups.</p>
            )}
            <AddMore summary="Add a follow-up" open={hasDraft(`follow-up:new:client:${client.id}`)}>
              <FollowUpQuickAdd clientId={client.id} people={activePeople} />
            </AddMore>
          </Section>
        </div>
        <div className="column">
          <TagChips owner={{ clientId: client.id }} name={client.name} tags={tags.data} />
          <Section title="Contact and site">
            <dl className="facts">
              <ContactDetailsFacts details={details.data} />
              <Fact label="Address">{client.address}</Fact>
              <Fact label="Access hours">{client.accessHours}</Fact>
              <Fact label="Parking">{client.parking}</Fact>
              <Fact label="Ask for">{client.askFor}</Fact>
              <Fact label="On site">{client.siteNotes}</Fact>
              <Fact label="Notes">{client.notes}</Fact>
            </dl>
            {!client.phone && !client.email && !client.address && !client.accessHours && !client.parking && !client.askFor && !client.siteNotes && (
              <p className="muted">Nothing noted yet: where to park, whom to ask for, when you can get in.</p>
            )}
          </Section>
          <ClientFieldsSection clientId={client.id} clientName={client.name} />
          <Section title="Rhythm">
            {/* Not "no visit yet" while the visits are still on their way. */}
            {visits.isSuccess && contacts.isSuccess ? <RhythmText client={client} visits={visits.data} contacts={contacts.data} tags={tags.data ?? []} /> : <p className="muted">Loading…</p>}
          </Section>
          <Section title="Incidents">
            <ErrorMessage error={incidents.error} />
            {incidents.data && incidents.data.length > 0 ? (
              <ul className="item-list" aria-label="Incidents">
                {[...incidents.data]
                  .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
                  .map((i) => (
                    <IncidentItem key={i.id} incident={i} />
                  ))}
              </ul>
            ) : (
              <p className="muted">No incidents recorded.</p>
            )}
            <AddMore summary="Record an incident" open={hasDraft(`incident:new:client:${client.id}`)}>
              <IncidentForm clientId={client.id} />
            </AddMore>
          </Section>
          <Section title="Know-how">
            <ErrorMessage error={knowHow.error} />
            {knowHow.data && knowHow.data.length > 0 ? (
              <ul className="item-list" aria-label="Know-how">
                {knowHow.data.map((k) => (
                  <KnowHowItem key={k.id} item={k} personName={personName(k.personId)} />
                ))}
              </ul>
            ) : (
              <p className="muted">No questions noted yet.</p>
            )}
            <AddMore summary="Add a question and answer" open={hasDraft(`know-how:new:${client.id}:`)}>
              <KnowHowForm clientId={client.id} people={activePeople} />
            </AddMore>
          </Section>
          <Section
            title="Business news"
            actions={
              <Link className="button" to={paths.newEvent({ clientId: client.id })}>
                Add
              </Link>
            }
          >
            <ErrorMessage error={events.error} />
            {events.data && events.data.length > 0 ? <EventTimeline events={events.data} label="Business news" /> : <p className="muted">Nothing yet.</p>}
          </Section>
        </div>
      </div>

      <div className="danger-zone">
        <button type="button" onClick={() => setDialog('merge')}>
          <Combine aria-hidden size={16} /> Merge with…
        </button>
        <button type="button" className="quiet" onClick={() => setDialog('trash')}>
          <Trash2 aria-hidden size={16} /> Move to trash…
        </button>
      </div>
      <Suspense fallback={null}>
        {dialog === 'merge' && <MergeDialog kind="client" current={{ id: client.id, name: client.name }} onClose={() => setDialog(null)} />}
        {dialog === 'edit' && details.isSuccess && <ClientDetailsDialog client={client} details={details.data} isOpen onOpenChange={close} />}
      </Suspense>
      <ConfirmDialog
        title={`Move ${client.name} to the trash?`}
        isOpen={dialog === 'trash'}
        onOpenChange={close}
        confirmLabel="Move to trash"
        onConfirm={() => trash.mutate({ id: client.id })}
        pending={trash.isPending}
        error={trash.error}
      >
        <p>The client leaves your lists and briefings. You can restore it from the trash until the trash is emptied.</p>
      </ConfirmDialog>
    </>
  );
}

/**
 * Counted as the dashboard counts it: from the last completed visit or, when it came later, the
 * last call, e-mail, message or remote session of a kind the client's setting counts.
 */
function rhythmSummary(client: Client, visits: readonly Visit[], contacts: readonly Contact[], tags: readonly TagRef[], format: Formatter): { text: string; overdue: boolean } {
  const lastVisit = visits
    .filter((v) => v.status === 'completed')
    .map((v) => v.startsAt)
    .sort()
    .at(-1);
  const counts = contacts.filter((c) => client.rhythmContactKinds === null || client.rhythmContactKinds.includes(c.kind)).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))[0];
  const byContact = counts !== undefined && (lastVisit === undefined || counts.occurredAt > lastVisit);
  const lastAt = byContact ? counts.occurredAt : lastVisit;
  const last = lastAt === undefined ? undefined : format.dayOf(lastAt);
  const lastWhat = byContact ? `Last ${CONTACT_KIND_LABEL[counts.kind].toLowerCase()}` : 'Last visit';
  // Its own rhythm, else the shortest of its tags' (as the dashboard counts it).
  const rhythmDays = client.rhythmDays ?? client.tagRhythmDays;
  if (!rhythmDays) return { text: last ? `No regular rhythm. ${lastWhat} ${format.preciseWithDistance({ date: last, precision: 'day' })}.` : 'No regular rhythm and no visits yet.', overdue: false };
  const fromTag = client.rhythmDays === null ? tags.find((t) => t.rhythmDays === rhythmDays) : undefined;
  const every = `Usually ${rhythmText(rhythmDays)}${fromTag ? `, as for every client tagged “${fromTag.name}”` : ''}.`;
  if (!last) return { text: `${every} No visit yet.`, overdue: false };
  const due = addDays(last, rhythmDays);
  const late = daysBetween(due, format.today());
  return {
    text: `${every} ${lastWhat} ${format.date(last)}; ${late > 0 ? `${late} days past the usual rhythm` : `next due ${format.preciseWithDistance({ date: due, precision: 'day' })}`}.`,
    overdue: late > 0,
  };
}

function RhythmText({ client, visits, contacts, tags }: { client: Client; visits: readonly Visit[]; contacts: readonly Contact[]; tags: readonly TagRef[] }) {
  const format = useFormat();
  const { text, overdue } = rhythmSummary(client, visits, contacts, tags, format);
  return <p className={overdue ? 'care' : undefined}>{text}</p>;
}
