import { Link, useParams } from 'react-router';
import { useChannel } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../settings/format.ts';

/**
 * Placeholder for the visit briefing (who you will see; don't ask, handle with care, ask about,
 * small talk; promises and open work), which arrives with the `briefing:*` channels and
 * replaces this component.
 */
export function BriefingScreen() {
  const id = Number(useParams().visitId);
  const format = useFormat();
  const visit = useChannel('visits:get', { id });
  return (
    <section className="screen narrow-screen">
      <PageHeading title="Briefing">Briefing{visit.data ? `: ${visit.data.clientName}` : ''}</PageHeading>
      <ErrorMessage error={visit.error} />
      {visit.data && (
        <>
          <p className="subtitle">
            {format.instant(visit.data.startsAt)}
            {visit.data.purpose && ` · ${visit.data.purpose}`}
          </p>
          <p className="button-row">
            <Link className="button primary" to={paths.visitLog(id)}>
              Write the visit log
            </Link>
            <Link className="button" to={paths.client(visit.data.clientId)}>
              {visit.data.clientName}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
