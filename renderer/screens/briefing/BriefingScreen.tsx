import { NotebookPen, Pencil, Printer } from 'lucide-react';
import { Link, useParams } from 'react-router';
import type { Briefing } from '../../../src/briefing/briefing.ts';
import type { Visit } from '../../../src/contract/schemas/visits.ts';
import { describeDay } from '../../../src/dates/phrases.ts';
import { useChannel } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../settings/format.ts';
import { useSettings } from '../../settings/SettingsContext.tsx';
import { ClientCard } from './ClientCard.tsx';
import { HighlightList } from './HighlightList.tsx';
import { PersonCard } from './PersonCard.tsx';
import { useTicking } from './useTicking.ts';
import '../../styles/briefing.css';
import '../../styles/print.css';

/** /visits/:visitId/briefing: everything to read before one visit, what could hurt first. */
export function BriefingScreen() {
  const id = Number(useParams().visitId);
  const { settings } = useSettings();
  const visit = useChannel('visits:get', { id });
  const briefing = useChannel('briefing:forVisit', { id, timeZone: settings.timeZone, locale: settings.locale });
  // The heading stays the same element while the page loads, so focus put on it stays too.
  const title = visit.data ? `Briefing: ${visit.data.clientName}` : 'Briefing';
  const error = visit.error ?? briefing.error;
  return (
    <section className="screen briefing">
      <PageHeading title={title}>{title}</PageHeading>
      {error ? <ErrorMessage error={error} /> : visit.data && briefing.data ? <BriefingPage visit={visit.data} briefing={briefing.data} /> : <p role="status">Loading…</p>}
    </section>
  );
}

function BriefingPage({ visit, briefing }: { visit: Visit; briefing: Briefing }) {
  const format = useFormat();
  const ticking = useTicking(visit.id);
  const relative = describeDay(briefing.day, format.reader(briefing.today));
  const when = `${format.date(briefing.day)}, ${format.time(visit.startsAt)}${relative.startsWith('on ') ? '' : ` (${relative})`}`;

  return (
    <>
      <div className="screen-header">
        <p className="subtitle brief-visit">
          <span>{when}</span>
          {visit.purpose && <span>{visit.purpose}</span>}
          {visit.location && <span>{visit.location}</span>}
        </p>
        <div className="button-row no-print">
          <Link className="button primary" to={paths.visitLog(visit.id)}>
            <NotebookPen aria-hidden size={16} /> Log this visit
          </Link>
          <button type="button" onClick={() => window.print()}>
            <Printer aria-hidden size={16} /> Print
          </button>
          <Link className="button" to={paths.editVisit(visit.id)}>
            <Pencil aria-hidden size={16} /> Change visit
          </Link>
        </div>
      </div>
      {visit.status === 'completed' && <p className="notice no-print">This visit is done and logged. The briefing shows what was known before it.</p>}
      {visit.status === 'cancelled' && <p className="notice no-print">This visit was cancelled.</p>}

      {briefing.highlights.length > 0 && (
        <section className="card read-first" aria-labelledby="read-first">
          <h2 id="read-first">Read this first</h2>
          <HighlightList items={briefing.highlights} label="Read this first" brief />
        </section>
      )}

      <div className="brief-columns">
        <section className="brief-people" aria-labelledby="who-you-will-see">
          <h2 id="who-you-will-see" className="column-title">
            Who you’ll see
          </h2>
          {briefing.people.length > 0 ? (
            briefing.people.map((person) => <PersonCard key={person.personId} person={person} ticking={ticking} />)
          ) : (
            <p className="card brief-empty muted">
              Nobody is expected, and nobody has a current role at {briefing.client.name}. Add the people you will see on the{' '}
              <Link to={paths.client(briefing.client.clientId)}>client page</Link>.
            </p>
          )}
        </section>
        <ClientCard client={briefing.client} ticking={ticking} />
      </div>
    </>
  );
}
