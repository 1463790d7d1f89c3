import { useState } from 'react';
import { Link } from 'react-router';
import type { Visit } from '../../../src/contract/schemas/visits.ts';
import { paths } from '../../app/paths.ts';
import { useChannelMutation } from '../../api/hooks.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { VISIT_STATUS_LABEL } from '../../components/labels.ts';
import { Section } from '../../components/Section.tsx';
import { useFormat } from '../../settings/format.ts';

/** Planned visits first (soonest on top), then the history, newest first. */
export function ClientVisitsSection({ clientId, visits }: { clientId: number; visits: readonly Visit[] }) {
  const format = useFormat();
  const [asking, setAsking] = useState<{ visit: Visit; action: 'cancel' | 'delete' } | null>(null);
  const [olderOpened, setOlderOpened] = useState(false);
  const done = () => setAsking(null);
  const cancel = useChannelMutation('visits:cancel', { onSuccess: done });
  const remove = useChannelMutation('visits:delete', { onSuccess: done });
  const pending = asking?.action === 'cancel' ? cancel : remove;
  const planned = visits.filter((v) => v.status === 'planned').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = visits.filter((v) => v.status !== 'planned').sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const [recent, older] = [past.slice(0, 8), past.slice(8)];

  const row = (v: Visit) => (
    <li key={v.id} className={`timeline-item visit-${v.status}`}>
      <p className="timeline-when">{format.instant(v.startsAt)}</p>
      <div className="timeline-body">
        <p className="item-title">
          <span className={`badge status-${v.status}`}>{VISIT_STATUS_LABEL[v.status]}</span> {v.purpose ?? 'Visit'}
        </p>
        {v.workDone && <p className="item-text clamp">{v.workDone}</p>}
        <p className="link-row">
          {v.status === 'planned' && <Link to={paths.briefing(v.id)}>Briefing</Link>}
          {v.status !== 'cancelled' && <Link to={paths.visitLog(v.id)}>{v.status === 'planned' ? 'Write up' : 'Visit log'}</Link>}
          {v.status === 'planned' && <Link to={paths.editVisit(v.id)}>Change</Link>}
          {v.status === 'planned' && (
            <button type="button" className="link-button" onClick={() => setAsking({ visit: v, action: 'cancel' })} aria-label={`Cancel the visit on ${format.instant(v.startsAt)}`}>
              Cancel the visit…
            </button>
          )}
          {v.status === 'cancelled' && (
            <button type="button" className="link-button" onClick={() => setAsking({ visit: v, action: 'delete' })} aria-label={`Delete the cancelled visit on ${format.instant(v.startsAt)}`}>
              Delete the cancelled visit…
            </button>
          )}
        </p>
      </div>
    </li>
  );

  return (
    <Section
      title="Visits"
      actions={
        <Link className="button primary" to={paths.planVisit(clientId)}>
          Plan a visit
        </Link>
      }
    >
      {visits.length === 0 && <p className="muted">No visits yet.</p>}
      {planned.length > 0 && (
        <ol className="timeline" aria-label="Planned visits">
          {planned.map(row)}
        </ol>
      )}
      {recent.length > 0 && (
        <ol className="timeline" aria-label="Past visits">
          {recent.map(row)}
        </ol>
      )}
      {older.length > 0 && (
        // The earlier visits are built when first opened: a client of many years has hundreds.
        <details className="add-more" onToggle={(e) => e.currentTarget.open && setOlderOpened(true)}>
          <summary>{older.length === 1 ? '1 earlier visit' : `${older.length} earlier visits`}</summary>
          {olderOpened && (
            <ol className="timeline" aria-label="Earlier visits">
              {older.map(row)}
            </ol>
          )}
        </details>
      )}
      <ConfirmDialog
        title={asking?.action === 'delete' ? 'Delete this cancelled visit?' : 'Cancel this visit?'}
        isOpen={asking !== null}
        onOpenChange={(open) => {
          if (open) return;
          setAsking(null);
          cancel.reset();
          remove.reset();
        }}
        confirmLabel={asking?.action === 'delete' ? 'Move to trash' : 'Cancel the visit'}
        dismissLabel={asking?.action === 'delete' ? 'Keep it' : 'Keep the visit'}
        onConfirm={() => asking && pending.mutate({ id: asking.visit.id })}
        pending={pending.isPending}
        error={pending.error}
      >
        {asking && (
          <p>
            {asking.action === 'delete'
              ? `The visit on ${format.instant(asking.visit.startsAt)} goes to the trash; you can restore it from there.`
              : `The visit on ${format.instant(asking.visit.startsAt)}${asking.visit.purpose ? ` (${asking.visit.purpose})` : ''} stays in the history as cancelled and leaves Home and the briefings.`}
          </p>
        )}
      </ConfirmDialog>
    </Section>
  );
}
