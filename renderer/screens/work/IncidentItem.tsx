import { MessageSquareText, Trash2, Wrench } from 'lucide-react';
import { Link } from 'react-router';
import type { Incident } from '../../../src/contract/schemas/work.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { paths } from '../../app/paths.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useFormat } from '../../settings/format.ts';

/** What broke, why, what stops it happening again, and whether that was explained. */
export function IncidentItem({ incident, clientName }: { incident: Incident; clientName?: string | undefined }) {
  const format = useFormat();
  const update = useChannelMutation('incidents:update');
  const trash = useChannelMutation('incidents:delete');
  const now = () => new Date().toISOString();

  return (
    <li className="item">
      <div className="item-main">
        <p className="item-title">
          <strong>{incident.summary}</strong>
          {clientName && (
            <>
              {' · '}
              <Link to={paths.client(incident.clientId)}>{clientName}</Link>
            </>
          )}
        </p>
        <p className="item-meta">
          Started {format.instant(incident.startedAt)}
          {incident.resolvedAt ? ` · resolved ${format.instant(incident.resolvedAt)}` : ' · not resolved yet'}
          {' · '}
          {incident.explainedAt ? (
            <span className="ok">explained {format.date(format.dayOf(incident.explainedAt))}</span>
          ) : (
            <span className="care">not explained to the client yet</span>
          )}
        </p>
        <dl className="facts">
          {incident.impact && (
            <>
              <dt>Impact</dt>
              <dd>{incident.impact}</dd>
            </>
          )}
          {incident.cause && (
            <>
              <dt>Why it happened</dt>
              <dd>{incident.cause}</dd>
            </>
          )}
          {incident.prevention && (
            <>
              <dt>So it does not happen again</dt>
              <dd>{incident.prevention}</dd>
            </>
          )}
        </dl>
      </div>
      <div className="item-actions">
        {!incident.resolvedAt && (
          <button type="button" onClick={() => update.mutate({ id: incident.id, resolvedAt: now() })} disabled={update.isPending} aria-label={`Mark resolved: ${incident.summary}`}>
            <Wrench aria-hidden size={16} /> Resolved
          </button>
        )}
        {!incident.explainedAt && (
          <button type="button" onClick={() => update.mutate({ id: incident.id, explainedAt: now() })} disabled={update.isPending} aria-label={`Mark explained: ${incident.summary}`}>
            <MessageSquareText aria-hidden size={16} /> Explained
          </button>
        )}
        <button type="button" className="quiet" onClick={() => trash.mutate({ id: incident.id })} disabled={trash.isPending} aria-label={`Move to trash: ${incident.summary}`}>
          <Trash2 aria-hidden size={16} />
        </button>
      </div>
      <ErrorMessage error={update.error ?? trash.error} />
    </li>
  );
}
