import { Alert, Button, FileInput, Group, List, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import { KINERJA, type Kinerja } from '../../../shared/domain/nine-box';
import type { ResultsMatrix, ResultView } from '../../../shared/schemas/results';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { readFileAsBase64 } from '../../lib/files';

interface Props {
  matrix: ResultsMatrix;
  onSaved(row: ResultView): void;
  onImported(): Promise<void>;
}

type ImportOutcome = ChannelOutput<'results.importPerformance'>;

/** Kinerja per participant (saved on change) and a CSV import by NIP with its problems by row. */
export function PerformancePanel({ matrix, onSaved, onImported }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  async function save(row: ResultView, value: string) {
    const kinerja = value === '' ? null : (value as Kinerja);
    const reply = await call('results.setPerformance', {
      batchId: matrix.batchId,
      participantId: row.participantId,
      kinerja,
    });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    onSaved(reply.value);
    setMessage(t('resultsUi.performance.saved', { name: row.name }));
  }

  async function importFile() {
    if (!file) return;
    setBusy(true);
    const contentBase64 = await readFileAsBase64(file);
    const reply = await call('results.importPerformance', {
      batchId: matrix.batchId,
      fileName: file.name,
      contentBase64,
    });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setOutcome(reply.value);
    await onImported();
  }

  const options = [
    { value: '', label: t('resultsUi.performance.none') },
    ...KINERJA.map((k) => ({ value: k, label: t(`results.kinerja.${k}`) })),
  ];
  return (
    <Stack gap="md">
      <Text size="sm">{t('resultsUi.performance.hint')}</Text>
      <ErrorAlert error={error} />
      {message && (
        <Text size="sm" role="status">
          {message}
        </Text>
      )}
      <Stack gap="xs" component="section" aria-labelledby="kinerja-import">
        <Title order={3} size="h4" id="kinerja-import">
          {t('resultsUi.performance.importTitle')}
        </Title>
        <Group align="flex-end">
          <FileInput
            label={t('resultsUi.performance.file')}
            accept=".csv,text/csv"
            value={file}
            onChange={setFile}
            w={320}
            clearable
          />
          <Button onClick={() => void importFile()} disabled={!file} loading={busy}>
            {t('resultsUi.performance.import')}
          </Button>
        </Group>
        {outcome && (
          <Alert
            color={outcome.problems.length ? 'yellow' : 'green'}
            role="status"
            data-testid="kinerja-import-outcome"
          >
            <Text size="sm">
              {t('resultsUi.performance.importResult', { updated: outcome.updated, unchanged: outcome.unchanged })}
            </Text>
            {outcome.problems.length > 0 && (
              <>
                <Text size="sm" fw={600} mt="xs">
                  {t('resultsUi.performance.problems')}
                </Text>
                <List size="sm">
                  {outcome.problems.map((p) => (
                    <List.Item key={`${p.row}-${p.column ?? ''}-${p.message}`}>
                      {t('resultsUi.performance.row', { row: p.row })}
                      {p.column ? `, ${p.column}` : ''}: {p.message}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}
      </Stack>
      <Table maw={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('resultsUi.matrix.participant')}</Table.Th>
            <Table.Th scope="col">{t('resultsUi.tabs.performance')}</Table.Th>
            <Table.Th scope="col" ta="center">
              {t('resultsUi.matrix.nineBox')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.rows.map((row) => (
            <Table.Tr key={row.participantId}>
              <Table.Td>
                {row.name}
                <Text size="xs" c="dimmed">
                  {row.nip}
                </Text>
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={t('resultsUi.performance.kinerjaFor', { name: row.name })}
                  data={options}
                  value={row.kinerja ?? ''}
                  onChange={(e) => void save(row, e.currentTarget.value)}
                />
              </Table.Td>
              <Table.Td ta="center">{row.nineBox ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
