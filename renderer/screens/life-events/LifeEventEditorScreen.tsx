import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { LifeEvent } from '../../../src/contract/schemas/events.ts';
import { useChannel } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { LifeEventForm } from './LifeEventForm.tsx';

/** /events/new?person=ID and /events/:eventId: the full life-event editor. */
export function LifeEventEditorScreen() {
  const { eventId } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const existing = useChannel('events:get', { id: Number(eventId) }, { enabled: eventId !== undefined });
  const backTo = (event: Pick<LifeEvent, 'personIds' | 'clientId'>) => {
    const personId = event.personIds[0];
    void navigate(personId ? paths.person(personId) : event.clientId ? paths.client(event.clientId) : paths.home());
  };

  if (eventId === undefined) {
    const personId = Number(search.get('person')) || undefined;
    const clientId = Number(search.get('client')) || undefined;
    return (
      <section className="screen narrow-screen">
        <PageHeading title="New life event">New life event</PageHeading>
        <LifeEventForm initial={{ personIds: personId ? [personId] : [], clientId: clientId ?? null }} onSaved={backTo} />
      </section>
    );
  }
  return (
    <section className="screen narrow-screen">
      <PageHeading title={existing.data?.title ?? 'Life event'}>{existing.data ? `Edit: ${existing.data.title}` : 'Life event'}</PageHeading>
      {existing.isSuccess ? (
        <LifeEventForm key={existing.data.id} event={existing.data} initial={existing.data} onSaved={backTo} onDeleted={() => backTo(existing.data)} />
      ) : existing.isPending ? (
        <p role="status">Loading…</p>
      ) : (
        <ErrorMessage error={existing.error} />
      )}
    </section>
  );
}
