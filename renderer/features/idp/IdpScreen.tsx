import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BatchPicker } from '../results/BatchPicker';
import { useResults } from '../results/use-results';
import { DownloadsPanel } from './DownloadsPanel';
import { IdpPanel } from './IdpPanel';
import { VerifyPanel } from './VerifyPanel';

/**
 * IDP & Laporan: pick a batch and a participant with a result, then the IDP editor and the PDFs;
 * below, "Periksa dokumen" checks a printed PDF against this database (no batch needed).
 */
export function IdpScreen() {
  const { t } = useTranslation();
  const [batchId, setBatchId] = useState<string | null>(null);
  const [participantId, setParticipantId] = useState<string | null>(null);
  const { matrix, error } = useResults(batchId);

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <BatchPicker
          value={batchId}
          onChange={(id) => {
            setBatchId(id);
            setParticipantId(null);
          }}
        />
        {matrix && (
          <NativeSelect
            label={t('resultsUi.idp.participant')}
            data={[
              { value: '', label: t('resultsUi.idp.participantPlaceholder') },
              ...matrix.rows.map((r) => ({ value: r.participantId, label: `${r.number}. ${r.name} (${r.nip})` })),
            ]}
            value={participantId ?? ''}
            onChange={(e) => setParticipantId(e.currentTarget.value || null)}
            w={380}
            data-testid="idp-participant"
          />
        )}
      </Group>
      <ErrorAlert error={error} />
      {matrix && matrix.rows.length === 0 && <Text>{t('resultsUi.idp.noResult')}</Text>}
      {batchId && matrix && <DownloadsPanel batchId={batchId} participantId={participantId} />}
      {batchId && participantId && <IdpPanel key={participantId} batchId={batchId} participantId={participantId} />}
      <VerifyPanel />
    </Stack>
  );
}
