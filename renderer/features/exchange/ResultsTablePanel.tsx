import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/files';
import { BatchSelect } from './BatchSelect';

const TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A batch's results as CSV or XLSX for other systems (SIMPEG and the like). */
export function ResultsTablePanel() {
  const { t } = useTranslation();
  const [batchId, setBatchId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [done, setDone] = useState<{ file: string; missing: string[] } | null>(null);

  const run = async (format: 'csv' | 'xlsx') => {
    if (!batchId) return;
    setBusy(format);
    const reply = await call('exchange.resultsTable', { batchId, format });
    setBusy(null);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    downloadBase64(reply.value.fileName, reply.value.contentBase64, TYPES[format]);
    setDone({ file: reply.value.fileName, missing: reply.value.missing });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="exchange-tables">
      <Title order={2} size="h3" id="exchange-tables" mb="xs">
        {t('exchangeUi.tables.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('exchangeUi.tables.intro')}
      </Text>
      <Stack gap="md">
        <BatchSelect
          label={t('exchangeUi.tables.batch')}
          value={batchId}
          onChange={(v) => {
            setBatchId(v);
            setDone(null);
          }}
        />
        <Group>
          <Button
            disabled={!batchId}
            loading={busy === 'csv'}
            onClick={() => void run('csv')}
            leftSection={<IconFileTypeCsv size={18} aria-hidden />}
          >
            {t('exchangeUi.tables.csv')}
          </Button>
          <Button
            disabled={!batchId}
            loading={busy === 'xlsx'}
            onClick={() => void run('xlsx')}
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          >
            {t('exchangeUi.tables.xlsx')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
        {done && (
          <Alert color="green" variant="light" role="status" data-testid="table-done">
            <Text size="sm">{t('exchangeUi.tables.done', { file: done.file })}</Text>
            {done.missing.length > 0 && (
              <Text size="sm">{t('exchangeUi.tables.missing', { names: done.missing.join(', ') })}</Text>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
