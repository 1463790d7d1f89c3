import { useId } from 'react';
import type { TransferProgress } from '../../../src/contract/async-channels.ts';
import type { RunningJob } from './use-transfer-job.ts';

const PHASES: Record<string, string> = { reading: 'reading the file', checking: 'checking', writing: 'writing' };

const counted = (progress: TransferProgress) =>
  progress.total === null ? `${progress.done.toLocaleString()} so far` : `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}`;

/** How far an import or export has got, with a Cancel button; the bar is indeterminate until a total is known. */
export function TransferProgressBar({ what, job, onCancel }: { what: string; job: RunningJob; onCancel(): void }) {
  const labelId = useId();
  const { progress, cancelling } = job;
  const known = progress !== null && progress.total !== null && progress.total > 0;
  return (
    <div className="transfer-progress">
      <span id={labelId}>{cancelling ? `Cancelling ${what}…` : `${what[0]?.toUpperCase()}${what.slice(1)}: ${progress ? (PHASES[progress.phase] ?? 'working') : 'starting'}…`}</span>
      <progress aria-labelledby={labelId} {...(known ? { value: progress.done, max: progress.total ?? undefined } : {})} />
      <span className="muted" role="status">
        {progress ? counted(progress) : ''}
      </span>
      <button type="button" onClick={onCancel} disabled={cancelling}>
        {cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}
