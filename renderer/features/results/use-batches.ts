import { useEffect, useState } from 'react';
import type { BatchSummary } from '../../../shared/schemas/batch';
import { call } from '../../lib/api';

/** The batches to pick from; an error leaves the list empty (the picker then says so). */
export function useBatchList(): BatchSummary[] | null {
  const [batches, setBatches] = useState<BatchSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    void call('batches.list', {}).then((reply) => {
      if (live) setBatches(reply.ok ? reply.value : []);
    });
    return () => {
      live = false;
    };
  }, []);
  return batches;
}
