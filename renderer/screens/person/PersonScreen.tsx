import { CalendarPlus, Combine, Pencil, Trash2 } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { RoleWithClient } from '../../../src/contract/channels.ts';
import type { Person } from '../../../src/contract/schemas/people.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { TagChips } from '../../components/TagChips.tsx';
import { paths } from '../../app/paths.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Fact } from '../../components/Fact.tsx';
import { birthdayText, CHANNEL_LABEL, CONSENT_FACT, ROLE_LABEL, TECH_COMFORT_LABEL } from '../../components/labels.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../settings/format.ts';
import { EventTimeline } from '../life-events/EventTimeline.tsx';
import { PersonDataActions } from '../data/PersonDataActions.tsx';
import { KnowHowItem } from '../work/KnowHowItem.tsx';
import { hasDraft } from '../../drafts/useDraft.ts';
import { ContactDetailsFacts } from '../../components/ContactDetailsFacts.tsx';
import { personDraftKey } from '../../drafts/draft-keys.ts';
import { AddMore } from '../../components/AddMore.tsx';
import { RelativesSection } from './RelativesSection.tsx';
import { PersonStorySection } from './PersonStorySection.tsx';
import { ContactsList } from '../contacts/ContactsList.tsx';

// Loaded when first opened: the forms and dialogs (their date fields, pickers and overlays) are
// most of this page's code, and none of it is needed to read the page.
const ContactLogForm = lazy(async () => ({ default: (await import('../contacts/ContactLogForm.tsx')).ContactLogForm }));
const KnowHowForm = lazy(async () => ({ default: (await import('../work/KnowHowForm.tsx')).KnowHowForm }));
const RoleDialog = lazy(async () => ({ default: (await import('../roles/RoleDialog.tsx')).RoleDialog }));
const MarkDeceasedDialog = lazy(async () => ({ default: (await import('./MarkDeceasedDialog.tsx')).MarkDeceasedDialog }));
const PersonDetailsDialog = lazy(async () => ({ default: (await import('./PersonDetailsDialog.tsx')).PersonDetailsDialog }));
const MergeDialog = lazy(async () => ({ default: (await import('../merge/MergeDialog.tsx')).MergeDialog }));

/** The person's card: family, life events, what they like, how to explain things. */
export function PersonScreen() {
  const id = Number(useParams().personId);
  const person = useChannel('people:get', { id });
  // The heading stays the same element while the page loads, so focus put on it stays too.
  return (
    <section className="screen">
      <PageHeading title={person.data?.displayName ?? 'Person'}>
        {person.data?.displayName ?? 'Person'}
        {person.data?.nickname && <span className="muted"> “{person.data.nickname}”</span>}
      </PageHeading>
      {person.isSuccess ? <PersonPage person={person.data} /> : person.isPending ? <p role="status">Loading…</p> : <ErrorMessage error={person.error} />}
    </section>
  );
}

type Dialog = 'edit' | 'deceased' | 'trash' | 'merge' | null;

function PersonPage({ person }: { person: Person }) {
  const format = useFormat();
  const navigate = useNavigate();
  // Unsaved changes from before a reload reopen the dialog they were typed in.
  const [dialog, setDialog] = useState<Dialog>(() => (hasDraft(personDraftKey(person.id)) ? 'edit' : null));
  const [editingRole, setEditingRole] = useState<RoleWithClient | null>(null);
  const roles = useChannel('roles:listForPerson', { personId: person.id });
  const events = useChannel('events:list', { personId: person.id });
  const knowHow = useChannel('knowHow:list', { personId: person.id });
  const contacts = useChannel('contacts:list', { personId: person.id, limit: 50 });
  const tags = useChannel('tags:of', { personId: person.id });
  const details = useChannel('contactDetails:list', { personId: person.id });
  // A call is logged with one of the clients they have (or had) a role at.
  const theirClients = [...new Map((roles.data ?? []).map((r) => [r.clientId, { id: r.clientId, label: r.client.name }])).values()];
  const trash = useChannelMutation('people:delete', { onSuccess: () => void navigate(paths.people()) });
  const close = (open: boolean) => !open && setDialog(null);

  return (
    <>
      <div className="screen-header">
        <p className="subtitle">
            {person.diedOn && <span className="badge grief">Died {format.date(person.diedOn)}</span>}{' '}
            {(roles.data ?? []).map((r) => (
              <span key={r.id} className="role-chip">
                {r.title ?? ROLE_LABEL[r.role]} at <Link to={paths.client(r.clientId)}>{r.client.name}</Link>
                {!r.active && ' (before)'}{' '}
                <button type="button" className="link-button" onClick={() => setEditingRole(r)} aria-label={`Edit or end ${person.displayName}’s role at ${r.client.name}`}>
                  Edit or end
                </button>
              </span>
            ))}
        </p>
        <div className="button-row">
          <button type="button" onClick={() => setDialog('edit')}>
            <Pencil aria-hidden size={16} /> Edit details
          </button>
          <Link className="button" to={paths.newEvent({ personId: person.id })}>
            <CalendarPlus aria-hidden size={16} /> Add life event
          </Link>
        </div>
      </div>

      <div className="two-columns">
        <div className="column">
          <Section title="What to know">
            <dl className="facts">
              <Fact label="Birthday">{person.birthday && birthdayText(person.birthday)}</Fact>
              <Fact label="Interests">{person.interests}</Fact>
              <Fact label="Preferences">{person.preferences}</Fact>
              <Fact label="With technology">{person.techComfort && TECH_COMFORT_LABEL[person.techComfort]}</Fact>
              <Fact label="Explaining things">{person.explainHow}</Fact>
              <Fact label="Following up">
                {CONSENT_FACT[person.followUpConsent]}
                {person.followUpConsent === 'yes' && person.followUpChannel && ` · ${CHANNEL_LABEL[person.followUpChannel]}`}
                {person.followUpConsent === 'yes' && person.followUpTimes && ` · ${person.followUpTimes}`}
              </Fact>
              <ContactDetailsFacts details={details.data} />
              <Fact label="Notes">{person.notes}</Fact>
            </dl>
            {!person.birthday && !person.interests && !person.preferences && !person.techComfort && !person.explainHow && (
              <p className="muted">Birthday, interests, what they like and how they like things explained: add them with “Edit details”.</p>
            )}
          </Section>
          <RelativesSection person={person} />
          <Section title="Calls and messages">
            <ErrorMessage error={contacts.error} />
            <ContactsList contacts={contacts.data ?? []} label={`Calls and messages with ${person.displayName}`} show="client" />
            {!person.diedOn && roles.isSuccess && (
              <AddMore summary="Log a call or message" open={hasDraft(`contact:new:person:${person.id}`)}>
                <ContactLogForm personId={person.id} clients={theirClients} />
              </AddMore>
            )}
          </Section>
        </div>
        <div className="column">
          <TagChips owner={{ personId: person.id }} name={person.displayName} tags={tags.data} />
          <PersonStorySection personId={person.id} name={person.displayName} />
          <Section
            title="Life events"
            actions={
              <Link className="button" to={paths.newEvent({ personId: person.id })}>
                Add
              </Link>
            }
          >
            {events.isError ? (
              <ErrorMessage error={events.error} />
            ) : events.data?.length ? (
              <EventTimeline events={events.data} label={`${person.displayName}'s life events`} />
            ) : (
              <p className="muted">{events.isPending ? 'Loading…' : 'Nothing yet. News they share goes here: a new grandchild, a hospital stay, a trip.'}</p>
            )}
          </Section>
          <Section title="Questions they ask">
            {knowHow.isError && <ErrorMessage error={knowHow.error} />}
            {knowHow.data && knowHow.data.length > 0 && (
              <ul className="item-list" aria-label="Know-how">
                {knowHow.data.map((k) => (
                  <KnowHowItem key={k.id} item={k} />
                ))}
              </ul>
            )}
            <AddMore summary="Add a question and answer" open={hasDraft(`know-how:new:${roles.data?.[0]?.clientId ?? ''}:${person.id}`)}>
              <KnowHowForm personId={person.id} clientId={roles.data?.[0]?.clientId} />
            </AddMore>
          </Section>
        </div>
      </div>

      <div className="danger-zone">
        <PersonDataActions person={person} />
        {!person.diedOn && (
          <button type="button" onClick={() => setDialog('deceased')}>
            Mark as deceased…
          </button>
        )}
        <button type="button" onClick={() => setDialog('merge')}>
          <Combine aria-hidden size={16} /> Merge with…
        </button>
        <button type="button" className="quiet" onClick={() => setDialog('trash')}>
          <Trash2 aria-hidden size={16} /> Move to trash…
        </button>
      </div>

      <Suspense fallback={null}>
        {dialog === 'merge' && <MergeDialog kind="person" current={{ id: person.id, name: person.displayName }} onClose={() => setDialog(null)} />}
        {editingRole && <RoleDialog role={editingRole} personName={person.displayName} clientName={editingRole.client.name} onClose={() => setEditingRole(null)} />}
        {dialog === 'edit' && details.isSuccess && <PersonDetailsDialog person={person} details={details.data} isOpen onOpenChange={close} />}
        {dialog === 'deceased' && <MarkDeceasedDialog person={person} isOpen onOpenChange={close} />}
      </Suspense>
      <ConfirmDialog
        title={`Move ${person.displayName} to the trash?`}
        isOpen={dialog === 'trash'}
        onOpenChange={close}
        confirmLabel="Move to trash"
        onConfirm={() => trash.mutate({ id: person.id })}
        pending={trash.isPending}
        error={trash.error}
      >
        <p>You can restore them from the trash until it is emptied.</p>
      </ConfirmDialog>
    </>
  );
}
