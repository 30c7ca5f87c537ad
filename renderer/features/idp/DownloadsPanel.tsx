import { Alert, Button, Card, Code, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/files';

type Language = 'id' | 'en';
type Exported = ChannelOutput<'pdf.exportBatch'>;

/** The PDFs: this participant's IDP and report, the batch recap, and the batch export to the exports folder. */
export function DownloadsPanel({ batchId, participantId }: { batchId: string; participantId: string | null }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>('id');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [exported, setExported] = useState<Exported | null>(null);

  async function download(kind: 'idp' | 'report' | 'recap') {
    setBusy(kind);
    const reply =
      kind === 'recap'
        ? await call('pdf.recap', { batchId, language })
        : await call(kind === 'idp' ? 'pdf.idp' : 'pdf.report', { batchId, participantId: participantId!, language });
    setBusy(null);
    setError(reply.ok ? null : reply.error);
    if (reply.ok) downloadBase64(reply.value.fileName, reply.value.contentBase64, 'application/pdf');
  }

  async function exportBatch(kind: 'idp' | 'report') {
    setBusy(`export-${kind}`);
    setExported(null);
    const reply = await call('pdf.exportBatch', { batchId, kind, language });
    setBusy(null);
    setError(reply.ok ? null : reply.error);
    if (reply.ok) setExported(reply.value);
  }

  const icon = <IconDownload aria-hidden size={16} />;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="idp-downloads">
      <Title order={3} size="h5" id="idp-downloads" mb="sm">
        {t('resultsUi.downloads.title')}
      </Title>
      <Stack gap="sm">
        <NativeSelect
          label={t('resultsUi.downloads.language')}
          data={(['id', 'en'] as const).map((v) => ({ value: v, label: t(`resultsUi.downloads.languages.${v}`) }))}
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value === 'en' ? 'en' : 'id')}
          w={220}
        />
        <Group>
          {participantId && (
            <>
              <Button leftSection={icon} loading={busy === 'idp'} onClick={() => void download('idp')}>
                {t('resultsUi.downloads.idpPdf')}
              </Button>
              <Button
                leftSection={icon}
                variant="light"
                loading={busy === 'report'}
                onClick={() => void download('report')}
              >
                {t('resultsUi.downloads.reportPdf')}
              </Button>
            </>
          )}
          <Button leftSection={icon} variant="light" loading={busy === 'recap'} onClick={() => void download('recap')}>
            {t('resultsUi.downloads.recapPdf')}
          </Button>
        </Group>
        <Text fw={600} size="sm">
          {t('resultsUi.downloads.exportTitle')}
        </Text>
        <Group>
          <Button
            variant="default"
            loading={busy === 'export-idp'}
            disabled={busy !== null}
            onClick={() => void exportBatch('idp')}
          >
            {t('resultsUi.downloads.exportIdp')}
          </Button>
          <Button
            variant="default"
            loading={busy === 'export-report'}
            disabled={busy !== null}
            onClick={() => void exportBatch('report')}
          >
            {t('resultsUi.downloads.exportReport')}
          </Button>
        </Group>
        {busy?.startsWith('export') && (
          <Text size="sm" role="status">
            {t('resultsUi.downloads.exporting')}
          </Text>
        )}
        {exported && (
          <Alert color="green" role="status" data-testid="export-result">
            <Text size="sm">{t('resultsUi.downloads.exported', exported)}</Text>
            <Code block>{exported.folder}</Code>
          </Alert>
        )}
        <ErrorAlert error={error} />
      </Stack>
    </Card>
  );
}
