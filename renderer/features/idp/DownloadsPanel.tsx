import { Alert, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, Envelope, EnvelopeError } from '../../../shared/contract';
import type { Language } from '../../../shared/i18n/languages';
import { DocumentLanguageSelect } from '../../components/DocumentLanguageSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/files';
import { useJobPoll, usePendingJob } from '../../lib/use-job-poll';

type Job = ChannelOutput<'pdf.exportStatus'>;

/** The PDFs: this participant's IDP and report, the batch recap, and the batch export to the exports folder. */
export function DownloadsPanel({ batchId, participantId }: { batchId: string; participantId: string | null }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>('id');
  // Left while this batch's PDFs were being exported: follow that job again (progress, folder).
  const [pendingJob, setPending] = usePendingJob(`pdf:${batchId}`);
  const [busy, setBusy] = useState<string | null>(() => (pendingJob ? 'export' : null));
  const [error, setError] = useState<EnvelopeError | null>(null);
  const { job, run } = useJobPoll<Job>();
  const status = (jobId: string) => call('pdf.exportStatus', { jobId });
  const settle = (end: Envelope<Job> | null) => {
    if (!end) return; // the screen was left: the job stays pending for the next visit
    setPending(null);
    if (!end.ok) setError(end.error);
    setBusy(null);
  };

  useEffect(() => {
    if (!pendingJob) return;
    const jobId = pendingJob;
    void run(async () => ({ ok: true, value: { jobId } }), status).then(settle);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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

  /** Starts the export in the background and follows it until it ends (progress bar, cancel). */
  async function exportBatch(kind: 'idp' | 'report') {
    setBusy(`export-${kind}`);
    setError(null);
    const started = async () => {
      const reply = await call('pdf.exportStart', { batchId, kind, language });
      if (reply.ok) setPending(reply.value.jobId);
      return reply;
    };
    settle(await run(started, status));
  }

  async function cancel() {
    if (!job) return;
    const reply = await call('pdf.exportCancel', { jobId: job.jobId });
    if (!reply.ok) setError(reply.error);
  }

  const icon = <IconDownload aria-hidden size={16} />;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="idp-downloads">
      <Title order={3} size="h5" id="idp-downloads" mb="sm">
        {t('resultsUi.downloads.title')}
      </Title>
      <Stack gap="sm">
        <DocumentLanguageSelect value={language} onChange={setLanguage} />
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
          <JobProgress
            testId="export-progress"
            text={`${t('resultsUi.downloads.exporting')} ${job ? `${job.done} / ${job.total}` : ''}`}
            done={job?.done ?? 0}
            total={job?.total ?? 0}
            progressLabel={t('resultsUi.downloads.progress')}
            cancelLabel={t('resultsUi.downloads.cancel')}
            canCancel={job !== null}
            onCancel={() => void cancel()}
          />
        )}
        {job?.state === 'done' && (
          <Alert color="green" role="status" data-testid="export-result">
            <Text size="sm">{t('resultsUi.downloads.exported', job)}</Text>
            <Code block>{job.folder}</Code>
          </Alert>
        )}
        {job?.state === 'cancelled' && (
          <Alert color="yellow" role="status" data-testid="export-cancelled">
            <Text size="sm">{t('resultsUi.downloads.cancelled', job)}</Text>
            <Code block>{job.folder}</Code>
          </Alert>
        )}
        {job?.state === 'failed' && (
          <Alert color="red" role="alert" data-testid="export-failed">
            <Text size="sm">{job.error}</Text>
          </Alert>
        )}
        <ErrorAlert error={error} />
      </Stack>
    </Card>
  );
}
