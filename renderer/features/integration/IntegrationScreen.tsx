import { Loader, Select, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { IntegrationMatrix } from '../../../shared/schemas/scoring';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { useAppStore } from '../../lib/store';
import { MatrixTable } from './MatrixTable';

type Choice = { value: string; label: string };

/**
 * Batches at the integration stage the user may lead: every one for coordinators (batches.list);
 * for an assessor who is a ketua tim, the batches of their own assignments (the main side
 * refuses the matrix to anyone who does not lead the batch).
 */
async function integrationBatches(
  role: string | undefined,
): Promise<{ choices: Choice[]; error: EnvelopeError | null }> {
  if (role === 'coordinator' || role === 'admin') {
    const reply = await call('batches.list', {});
    if (!reply.ok) return { choices: [], error: reply.error };
    return {
      choices: reply.value.filter((b) => b.status === 'integration').map((b) => ({ value: b.id, label: b.name })),
      error: null,
    };
  }
  const reply = await call('workspace.list', {});
  if (!reply.ok) return { choices: [], error: reply.error };
  const seen = new Map<string, string>();
  for (const d of reply.value)
    for (const s of d.slots)
      for (const i of s.items) if (i.batchStatus === 'integration') seen.set(i.batchId, i.batchName);
  return { choices: [...seen].map(([value, label]) => ({ value, label })), error: null };
}

const fetchMatrix = (batchId: string) => call('integration.matrix', { batchId });

/** Rapat Integrasi: pick a batch, then the matrix of participants × competencies. */
export function IntegrationScreen() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.status?.user?.role);
  const [choices, setChoices] = useState<Choice[] | null>(null);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [matrix, setMatrix] = useState<IntegrationMatrix | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);

  useEffect(() => {
    let live = true;
    void integrationBatches(role).then(({ choices: c, error: e }) => {
      if (!live) return;
      setChoices(c);
      setError(e);
      if (c.length === 1) setBatchId(c[0]!.value);
    });
    return () => {
      live = false;
    };
  }, [role]);

  const apply = useCallback((reply: Awaited<ReturnType<typeof fetchMatrix>>) => {
    setError(reply.ok ? null : reply.error);
    setMatrix(reply.ok ? reply.value : null);
  }, []);

  useEffect(() => {
    if (!batchId) return;
    let live = true;
    void fetchMatrix(batchId).then((reply) => {
      if (live) apply(reply);
    });
    return () => {
      live = false;
    };
  }, [batchId, apply]);

  const load = useCallback(async () => {
    if (batchId) apply(await fetchMatrix(batchId));
  }, [batchId, apply]);

  return (
    <Stack gap="md" data-testid="integration-screen">
      {!choices && <Loader aria-label="…" />}
      {choices && choices.length === 0 && <Text>{t('scoringUi.integration.noBatches')}</Text>}
      {choices && choices.length > 0 && (
        <Select
          label={t('scoringUi.integration.batch')}
          data={choices}
          value={batchId}
          onChange={setBatchId}
          allowDeselect={false}
          maw={480}
        />
      )}
      <ErrorAlert error={error} />
      {matrix && <MatrixTable matrix={matrix} onChanged={() => void load()} />}
    </Stack>
  );
}
