import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import type { BatchDetail } from '../../../shared/schemas/batch';
import { call } from '../../lib/api';

export type PlanWarning = ChannelOutput<'batches.warnings'>[number];
export type AssessorView = ChannelOutput<'assessors.list'>[number];
type Bilingual = { id: string; en: string };

export interface BatchState {
  detail: BatchDetail | null;
  warnings: PlanWarning[];
  assessors: AssessorView[];
  /** Competency code → its name in the batch's framework version. */
  competencyNames: Map<string, Bilingual>;
  error: EnvelopeError | null;
  /** Refetches the batch and its warnings: call after every change. */
  reload(): Promise<void>;
  /** Runs a change; on success reloads, on failure keeps the error for the screen. */
  run<T>(change: () => Promise<{ ok: true; value: T } | { ok: false; error: EnvelopeError }>): Promise<T | null>;
}

async function fetchBatch(id: string) {
  const [detail, warnings, assessors] = await Promise.all([
    call('batches.get', { id }),
    call('batches.warnings', { batchId: id }),
    call('assessors.list', {}),
  ]);
  return { detail, warnings, assessors };
}
type Fetched = Awaited<ReturnType<typeof fetchBatch>>;

export function useBatch(id: string): BatchState {
  const [detail, setDetail] = useState<BatchDetail | null>(null);
  const [warnings, setWarnings] = useState<PlanWarning[]>([]);
  const [assessors, setAssessors] = useState<AssessorView[]>([]);
  const [competencyNames, setNames] = useState<Map<string, Bilingual>>(new Map());
  const [error, setError] = useState<EnvelopeError | null>(null);

  const apply = useCallback((d: Fetched) => {
    if (!d.detail.ok) return setError(d.detail.error);
    setDetail(d.detail.value);
    if (d.warnings.ok) setWarnings(d.warnings.value);
    if (d.assessors.ok) setAssessors(d.assessors.value);
    setError(!d.warnings.ok ? d.warnings.error : !d.assessors.ok ? d.assessors.error : null);
  }, []);

  const reload = useCallback(async () => apply(await fetchBatch(id)), [id, apply]);

  useEffect(() => {
    let live = true;
    void fetchBatch(id).then((d) => {
      if (live) apply(d);
    });
    return () => {
      live = false;
    };
  }, [id, apply]);

  const versionId = detail?.frameworkVersionId;
  useEffect(() => {
    if (!versionId) return;
    void call('frameworks.get', { versionId }).then((reply) => {
      if (!reply.ok) return;
      const names = new Map<string, Bilingual>();
      for (const n of reply.value.snapshot.nodes) if (n.kind === 'competency') names.set(n.idNumber, n.name);
      setNames(names);
    });
  }, [versionId]);

  const run = useCallback(
    async <T>(change: () => Promise<{ ok: true; value: T } | { ok: false; error: EnvelopeError }>) => {
      const reply = await change();
      if (!reply.ok) {
        setError(reply.error);
        return null;
      }
      setError(null);
      await reload();
      return reply.value;
    },
    [reload],
  );

  return { detail, warnings, assessors, competencyNames, error, reload, run };
}
