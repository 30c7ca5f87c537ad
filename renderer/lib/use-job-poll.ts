import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope } from '../../shared/contract';
import { useAppStore } from './store';

/** How often a running job is asked for its progress. */
export const POLL_MS = 300;

export interface PolledJob {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
}

/**
 * Follows a job the main side runs in the background (batch PDF export, package export): starts
 * it, then asks for its status every POLL_MS until it leaves 'running'. `job` is the latest
 * status, for a progress bar and the cancel button. `run` resolves with the last reply (a
 * refusal at start, a status refusal, or the ended job), or null once the screen is left.
 */
export function useJobPoll<J extends PolledJob>() {
  const [job, setJob] = useState<J | null>(null);
  const live = useRef(true);
  useEffect(() => {
    // Set here too: StrictMode runs effects twice, and the first cleanup must not stop the polling.
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const run = useCallback(
    async (
      start: () => Promise<Envelope<{ jobId: string }>>,
      status: (jobId: string) => Promise<Envelope<J>>,
    ): Promise<Envelope<J> | null> => {
      const started = await start();
      // The previous job's progress goes once this one has an answer (not synchronously, so a
      // screen may also resume a job from an effect).
      setJob(null);
      if (!started.ok) return started;
      for (;;) {
        const reply = await status(started.value.jobId);
        if (!live.current) return null;
        if (!reply.ok) return reply;
        setJob(reply.value);
        if (reply.value.state !== 'running') return reply;
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    },
    [],
  );

  const reset = useCallback(() => setJob(null), []);
  return { job, run, reset };
}

/** The job this screen left running (store.pendingJobs[key]), and how to remember or forget it. */
export function usePendingJob(key: string) {
  const jobId = useAppStore((s) => s.pendingJobs[key] ?? null);
  const remember = useCallback(
    (id: string | null) =>
      useAppStore.setState((s) => {
        const { [key]: _gone, ...rest } = s.pendingJobs;
        return { pendingJobs: id ? { ...rest, [key]: id } : rest };
      }),
    [key],
  );
  return [jobId, remember] as const;
}
