import { useCallback, useEffect, useState } from 'react';
import type { Envelope, EnvelopeError } from '../../../shared/contract';
import type { ResultsMatrix, ResultView } from '../../../shared/schemas/results';
import { call } from '../../lib/api';

export interface ResultsState {
  /** The picked batch's matrix; null while none is picked or it has not arrived. */
  matrix: ResultsMatrix | null;
  error: EnvelopeError | null;
  reload(): Promise<void>;
  /** Puts one changed result (kinerja saved) into the matrix without asking again. */
  replaceRow(row: ResultView): void;
}

/** The batch's results matrix (results.list), fetched when the batch changes and on reload(). */
export function useResults(batchId: string | null): ResultsState {
  const [matrix, setMatrix] = useState<ResultsMatrix | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);

  const apply = useCallback((reply: Envelope<ResultsMatrix>) => {
    setMatrix(reply.ok ? reply.value : null);
    setError(reply.ok ? null : reply.error);
  }, []);

  useEffect(() => {
    if (!batchId) return;
    let live = true;
    void call('results.list', { batchId }).then((reply) => {
      if (live) apply(reply);
    });
    return () => {
      live = false;
    };
  }, [batchId, apply]);

  const reload = useCallback(async () => {
    if (batchId) apply(await call('results.list', { batchId }));
  }, [batchId, apply]);

  const replaceRow = useCallback((row: ResultView) => {
    setMatrix((m) => (m ? { ...m, rows: m.rows.map((r) => (r.participantId === row.participantId ? row : r)) } : m));
  }, []);

  // A matrix of another batch (the picker just changed) is not shown.
  const current = matrix && matrix.batchId === batchId ? matrix : null;
  return { matrix: current, error: batchId ? error : null, reload, replaceRow };
}
