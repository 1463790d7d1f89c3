import { useCallback, useRef, useState } from 'react';
import type { TransferChannel, TransferProgress } from '../../../src/contract/async-channels.ts';
import type { ChannelInput, ChannelOutput } from '../../../src/contract/channels.ts';
import { CallFailure } from '../../../src/contract/result.ts';
import { useApi } from '../../api/context.tsx';

const POLL_MS = 250;

export interface RunningJob {
  jobId: string;
  progress: TransferProgress | null;
  cancelling: boolean;
}

/**
 * Runs an import or export as a job beside the UI (transfer:start), polling its progress until
 * it answers; `cancel` asks it to stop, and the run then fails with the 'cancelled' message.
 */
export function useTransferJob() {
  const api = useApi();
  const [job, setJob] = useState<RunningJob | null>(null);
  const current = useRef<RunningJob | null>(null);
  const show = (next: RunningJob | null) => {
    current.current = next;
    setJob(next);
  };

  const run = useCallback(
    async <C extends TransferChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
      const { jobId } = await api.callAsync('transfer:start', { channel, input });
      show({ jobId, progress: null, cancelling: false });
      try {
        for (;;) {
          const status = await api.callAsync('transfer:status', { jobId });
          if (status.state === 'done') return status.value as ChannelOutput<C>;
          if (status.state === 'failed') throw new CallFailure(status.error);
          if (current.current?.jobId === jobId) show({ ...current.current, progress: status.progress });
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      } finally {
        show(null);
      }
    },
    [api],
  );

  const cancel = useCallback(() => {
    const running = current.current;
    if (!running || running.cancelling) return;
    show({ ...running, cancelling: true });
    // Whatever the answer, the poll reports how the job ended.
    api.callAsync('transfer:cancel', { jobId: running.jobId }).catch(() => undefined);
  }, [api]);

  return { run, job, cancel };
}
