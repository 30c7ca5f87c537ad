import { Alert, Button, Card, FileInput, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import {
  FRAMEWORK_FORMATS,
  type FrameworkFormat,
  type ImportPreview,
  type ImportResult,
} from '../../../shared/schemas/dictionary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { downloadBase64, readFileAsBase64 } from '../../lib/files';
import { textOf } from './dictionary-model';

const COUNT_KEYS = ['nodes', 'new', 'changed', 'unchanged', 'removed'] as const;

/** Import (preview → apply) of a Moodle CSV or CASE JSON file, and export of the shown version. */
export function ExchangePanel({
  versionId,
  canEdit,
  onImported,
}: {
  versionId: string;
  canEdit: boolean;
  onImported(result: ImportResult): Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);
  const [importError, setImportError] = useState<EnvelopeError | null>(null);
  const [format, setFormat] = useState<FrameworkFormat>('case');
  const [exported, setExported] = useState<string | null>(null);
  const [exportError, setExportError] = useState<EnvelopeError | null>(null);
  const [busy, setBusy] = useState(false);

  const payload = async (f: File) => ({ fileName: f.name, contentBase64: await readFileAsBase64(f) });
  const runPreview = async () => {
    if (!file) return;
    setBusy(true);
    const reply = await call('frameworks.importPreview', await payload(file));
    setBusy(false);
    setApplied(null);
    if (!reply.ok) {
      setPreview(null);
      return setImportError(reply.error);
    }
    setImportError(null);
    setPreview(reply.value);
  };
  const runApply = async () => {
    if (!file) return;
    setBusy(true);
    const reply = await call('frameworks.importApply', await payload(file));
    if (!reply.ok) {
      setBusy(false);
      return setImportError(reply.error);
    }
    // The dictionary is refreshed first, so the notice never stands beside the old version.
    await onImported(reply.value);
    setBusy(false);
    setImportError(null);
    setPreview(null);
    setApplied(reply.value);
  };
  const runExport = async () => {
    const reply = await call('frameworks.export', { format, versionId });
    if (!reply.ok) return setExportError(reply.error);
    setExportError(null);
    const type = format === 'case' ? 'application/json' : 'text/csv';
    downloadBase64(reply.value.fileName, reply.value.contentBase64, type);
    setExported(reply.value.fileName);
  };

  if (!canEdit) return <Text c="dimmed">{t('dictionaryUi.dictionary.readOnly')}</Text>;
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="import-title">
        <Title order={2} size="h3" id="import-title" mb="xs">
          {t('dictionaryUi.dictionary.exchange.importTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('dictionaryUi.dictionary.exchange.importHint')}
        </Text>
        <Group align="flex-end">
          <FileInput
            label={t('dictionaryUi.dictionary.exchange.file')}
            placeholder={t('dictionaryUi.dictionary.exchange.filePlaceholder')}
            accept=".csv,.json,text/csv,application/json"
            value={file}
            onChange={(f) => {
              setFile(f);
              setPreview(null);
              setApplied(null);
              setImportError(null);
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('dictionaryUi.common.clear') }}
            // Mantine's placeholder grey is below 4.5:1 on white.
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            w={360}
            leftSection={<IconFileImport size={16} aria-hidden />}
            data-testid="import-file"
          />
          <Button onClick={() => void runPreview()} disabled={!file} loading={busy && !preview}>
            {t('dictionaryUi.dictionary.exchange.preview')}
          </Button>
        </Group>
        <Stack mt="md" gap="sm">
          <ErrorAlert error={importError} />
          {preview && (
            <Stack gap="xs" data-testid="import-preview">
              <Title order={3} size="h5">
                {t('dictionaryUi.dictionary.exchange.previewTitle', { name: textOf(preview.name, i18n.language) })}
              </Title>
              <Text size="sm">
                {t('dictionaryUi.dictionary.exchange.format')}:{' '}
                {t(`dictionaryUi.dictionary.exchange.formats.${preview.format}`)}
                {' · '}
                {t('dictionaryUi.dictionary.exchange.action')}:{' '}
                {t(`dictionaryUi.dictionary.exchange.actions.${preview.action}`)}
              </Text>
              <Table withTableBorder maw={420} data-testid="import-counts">
                <Table.Tbody>
                  {COUNT_KEYS.map((k) => (
                    <Table.Tr key={k}>
                      <Table.Th scope="row">{t(`dictionaryUi.dictionary.exchange.counts.${k}`)}</Table.Th>
                      <Table.Td data-testid={`import-count-${k}`}>{preview.counts[k]}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {preview.standards && (
                <Text size="sm" data-testid="import-standards">
                  {t('dictionaryUi.dictionary.exchange.standards', preview.standards)}
                </Text>
              )}
              <Group>
                <Button
                  onClick={() => void runApply()}
                  loading={busy}
                  disabled={preview.action === 'no-change' && !preview.standards?.new && !preview.standards?.changed}
                >
                  {t('dictionaryUi.dictionary.exchange.apply')}
                </Button>
              </Group>
            </Stack>
          )}
          {applied && (
            <Alert color="green" variant="light" role="status" data-testid="import-applied">
              <Text size="sm">
                {t('dictionaryUi.dictionary.exchange.applied', {
                  name: textOf(applied.name, i18n.language),
                  number: applied.versionNumber,
                })}
              </Text>
            </Alert>
          )}
        </Stack>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="export-title">
        <Title order={2} size="h3" id="export-title" mb="xs">
          {t('dictionaryUi.dictionary.exchange.exportTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('dictionaryUi.dictionary.exchange.exportHint')}
        </Text>
        <Group align="flex-end">
          <NativeSelect
            label={t('dictionaryUi.dictionary.exchange.exportFormat')}
            data={FRAMEWORK_FORMATS.map((f) => ({
              value: f,
              label: t(`dictionaryUi.dictionary.exchange.formats.${f}`),
            }))}
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as FrameworkFormat)}
          />
          <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void runExport()}>
            {t('dictionaryUi.dictionary.exchange.export')}
          </Button>
        </Group>
        <Stack mt="sm">
          <ErrorAlert error={exportError} />
          {exported && (
            <Text size="sm" role="status" data-testid="export-done">
              {t('dictionaryUi.dictionary.exchange.exported', { file: exported })}
            </Text>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
