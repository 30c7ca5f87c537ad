import { AppError } from './errors';

/** What every background job reports; the rest of its status is the job's own. */
export interface JobStatus {
  jobId: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
}

/**
 * The jobs of one kind running in the background (batch PDF export, package export), kept in
 * memory for this run of the app. One runs at a time; an ended one is kept until the next starts,
 * so the window can still read how it ended. Statuses are mutated by the job as it runs.
 */
export class JobTable<S extends JobStatus> {
  private readonly jobs = new Map<string, { status: S; controller: AbortController }>();

  /** Registers a new job; `busy` is the refusal when another one is still running. */
  begin(status: S, busy: () => AppError): AbortController {
    for (const [id, job] of this.jobs) if (job.status.state !== 'running') this.jobs.delete(id);
    if (this.jobs.size > 0) throw busy();
    const controller = new AbortController();
    this.jobs.set(status.jobId, { status, controller });
    return controller;
  }

  status(jobId: string): S {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND');
    return { ...job.status };
  }

  /** Asks a running job to stop; an ended one is left as it ended. */
  cancel(jobId: string): S {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND');
    if (job.status.state === 'running') job.controller.abort();
    return { ...job.status };
  }
}
