import { useQueryClient } from '@tanstack/react-query';
import { CheckCircle2, CircleAlert, LoaderCircle } from 'lucide-react';
import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import type { Person } from '../../../src/contract/schemas/people.ts';
import type { Visit, VisitAttendee } from '../../../src/contract/schemas/visits.ts';
import { messageOf } from '../../api/errors.ts';
import { useChannel, useChannelMutation } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextInput } from '../../components/fields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../settings/format.ts';
import { FollowUpQuickAdd } from '../work/FollowUpQuickAdd.tsx';
import { IncidentForm } from '../work/IncidentForm.tsx';
import { KnowHowForm } from '../work/KnowHowForm.tsx';
import { AskedAboutList } from './AskedAboutList.tsx';
import { QuickAddEvent } from './QuickAddEvent.tsx';
import { useVisitAutosave, type VisitAutosave } from './useVisitAutosave.ts';

/** /visits/:visitId/log: written in the car after the visit; every keystroke is kept. */
export function VisitLogScreen() {
  const id = Number(useParams().visitId);
  // Always start from the database's copy, never a cached one, so no older text is shown.
  const visit = useChannel('visits:get', { id }, { fresh: true });
  const title = visit.data ? `Visit log: ${visit.data.clientName}` : 'Visit log';
  return (
    <section className="screen narrow-screen">
      <PageHeading title={title}>{title}</PageHeading>
      {visit.isSuccess && visit.isFetchedAfterMount ? (
        <VisitLog key={visit.data.id} visit={visit.data} />
      ) : visit.isError ? (
        <ErrorMessage error={visit.error} />
      ) : (
        <p role="status">Loading…</p>
      )}
    </section>
  );
}

function VisitLog({ visit }: { visit: Visit }) {
  const format = useFormat();
  const autosave = useVisitAutosave(visit);
  const roles = useChannel('roles:listForClient', { clientId: visit.clientId });
  const people = (roles.data ?? []).filter((r) => r.active && !r.person.diedOn).map((r) => r.person);

  return (
    <>
      <div className="screen-header">
        <p className="subtitle">
          {format.instant(visit.startsAt)}
          {visit.purpose && ` · ${visit.purpose}`} · <Link to={paths.client(visit.clientId)}>Client page</Link>
        </p>
        <SaveStatus autosave={autosave} />
      </div>
      {autosave.restored && <p className="notice">Restored what you typed last time: it had not reached the database before the window closed. It is being saved now.</p>}

      <Section title="Who was there">
        <ErrorMessage error={roles.error} />
        <Attendees visit={visit} people={people} />
      </Section>

      <Section title="What you did and heard">
        <div className="stack">
          <TextInput
            label="Work done"
            value={autosave.text.workDone}
            onChange={(v) => autosave.change('workDone', v)}
            onBlur={() => void autosave.flush()}
            multiline
            rows={4}
            placeholder="Replaced the router; moved the backup to the new drive"
          />
          <TextInput
            label="Notes"
            value={autosave.text.notes}
            onChange={(v) => autosave.change('notes', v)}
            onBlur={() => void autosave.flush()}
            multiline
            rows={6}
            placeholder="Anything worth remembering next time"
          />
        </div>
      </Section>

      <Section title="What you asked about">
        <AskedAboutList visit={visit} people={people} />
      </Section>

      <Section title="Quick add">
        <Tabs className="tabs">
          <TabList aria-label="What to add" className="tab-list">
            <Tab id="event" className="tab">
              Life event
            </Tab>
            <Tab id="follow-up" className="tab">
              Follow-up
            </Tab>
            <Tab id="incident" className="tab">
              Incident
            </Tab>
            <Tab id="know-how" className="tab">
              Know-how
            </Tab>
          </TabList>
          <TabPanel id="event" className="tab-panel">
            <QuickAddEvent clientId={visit.clientId} people={people} />
          </TabPanel>
          <TabPanel id="follow-up" className="tab-panel">
            <FollowUpQuickAdd clientId={visit.clientId} people={people} sourceVisitId={visit.id} />
          </TabPanel>
          <TabPanel id="incident" className="tab-panel">
            <IncidentForm clientId={visit.clientId} />
          </TabPanel>
          <TabPanel id="know-how" className="tab-panel">
            <KnowHowForm clientId={visit.clientId} people={people} />
          </TabPanel>
        </Tabs>
      </Section>

      <CompleteVisit visit={visit} autosave={autosave} />
    </>
  );
}

function SaveStatus({ autosave }: { autosave: VisitAutosave }) {
  const { status, error } = autosave;
  return (
    <div className={`save-status save-${status}`} role="status">
      {status === 'saved' ? (
        <>
          <CheckCircle2 aria-hidden size={16} /> Saved
        </>
      ) : status === 'failed' ? (
        <>
          <CircleAlert aria-hidden size={16} /> Not saved: {messageOf(error)} Your text is kept on this computer.{' '}
          <button type="button" className="link-button" onClick={() => void autosave.flush()}>
            Try again
          </button>
        </>
      ) : (
        <>
          <LoaderCircle aria-hidden size={16} /> Saving…
        </>
      )}
    </div>
  );
}

function Attendees({ visit, people }: { visit: Visit; people: readonly Person[] }) {
  const queryClient = useQueryClient();
  // The ticks as last made here, shown at once while the change travels to the database.
  const [shown, setShown] = useState<VisitAttendee[] | null>(null);
  const set = useChannelMutation('visits:setAttendees', {
    onSuccess: (saved) => queryClient.setQueryData(['visits:get', { id: visit.id }], saved),
  });
  const attendees = shown ?? visit.attendees;
  const attended = (id: number) => attendees.some((a) => a.personId === id && a.attended);
  const expected = (id: number) => attendees.some((a) => a.personId === id && a.expected);

  const toggle = (personId: number, on: boolean) => {
    const next = [...attendees.filter((a) => a.personId !== personId), { personId, expected: expected(personId), attended: on }];
    setShown(next);
    set.mutate({ id: visit.id, attendees: next }, { onSettled: () => setShown(null) });
  };

  if (people.length === 0) return <p className="muted">Nobody recorded at this client yet.</p>;
  return (
    <fieldset className="choice-list">
      <legend className="visually-hidden">People you saw</legend>
      {people.map((p) => (
        <label key={p.id}>
          <input type="checkbox" checked={attended(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
          {p.displayName}
          {expected(p.id) && <span className="muted"> (expected)</span>}
        </label>
      ))}
      <ErrorMessage error={set.error} />
    </fieldset>
  );
}

function CompleteVisit({ visit, autosave }: { visit: Visit; autosave: VisitAutosave }) {
  const format = useFormat();
  const [flushing, setFlushing] = useState(false);
  const complete = useChannelMutation('visits:complete');
  if (visit.status === 'completed') {
    return (
      <p className="ok done-line">
        <CheckCircle2 aria-hidden size={16} /> Visit completed {visit.completedAt ? format.instant(visit.completedAt) : ''}. <Link to={paths.client(visit.clientId)}>Back to {visit.clientName}</Link>
      </p>
    );
  }
  return (
    <div className="complete-visit">
      <button
        type="button"
        className="primary"
        disabled={flushing || complete.isPending}
        onClick={async () => {
          setFlushing(true);
          await autosave.flush();
          setFlushing(false);
          complete.mutate({ id: visit.id });
        }}
      >
        {complete.isPending || flushing ? 'Completing…' : 'Complete visit'}
      </button>
      <ErrorMessage error={complete.error} />
    </div>
  );
}
