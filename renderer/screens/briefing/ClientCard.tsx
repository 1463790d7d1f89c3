import { Link } from 'react-router';
import type { ClientBriefing, ClientSectionKey } from '../../../src/briefing/briefing.ts';
import { paths } from '../../app/paths.ts';
import { BriefingSection, type Ticking } from './BriefingSection.tsx';

/**
 * What an empty client section says. Promises, incidents and the last visit are worth a "none"
 * (knowing there is nothing open is news too); the client's own news is simply left out.
 */
const EMPTY: Partial<Record<ClientSectionKey, string>> = {
  followUps: 'Nothing promised or open.',
  incidents: 'Nothing left to explain.',
  lastVisit: 'No earlier visit logged.',
  knowHow: 'No question asked more than once.',
  logistics: 'Nothing noted about the site.',
};

/** The client: their own news, promises and open work, then the background of the job. */
export function ClientCard({ client, ticking }: { client: ClientBriefing; ticking: Ticking }) {
  const headingId = `client-${client.clientId}`;
  return (
    <section className="card brief-client" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={paths.client(client.clientId)}>{client.name}</Link>
      </h2>
      {client.sections.map((section) => (
        <BriefingSection key={section.key} section={section} owner={client.name} ticking={ticking} level={3} empty={EMPTY[section.key]} />
      ))}
    </section>
  );
}
