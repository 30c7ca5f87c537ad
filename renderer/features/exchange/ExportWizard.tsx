import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  Radio,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconPackageExport } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput, Envelope, EnvelopeError } from '../../../shared/contract';
import { WARNING_STYLES } from './format';
import type { Language } from '../../../shared/i18n/languages';
import { DocumentLanguageSelect } from '../../components/DocumentLanguageSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/files';
import { useJobPoll, usePendingJob } from '../../lib/use-job-poll';
import { MIN_PASSPHRASE, passphraseProblem } from './passphrase';
import { PassphraseFields } from './PassphraseFields';
import { BatchSelect } from './BatchSelect';

type ScopeKind = 'full' | 'batch' | 'since';
type Exported = ChannelOutput<'exchange.export'>;
type Job = ChannelOutput<'exchange.exportStatus'>;
const SCOPES: ScopeKind[] = ['full', 'batch', 'since'];

/**
 * Kirim paket: what goes in, encryption (on unless the user explicitly confirms otherwise),
 * then the main side builds and signs the package and the renderer offers it as a download.
 */
export function ExportWizard() {
  const { t } = useTranslation();
  const [offices, setOffices] = useState<string[]>([]);
  const [kind, setKind] = useState<ScopeKind>('full');
  const [batchId, setBatchId] = useState<string | null>(null);
  const [officeCode, setOfficeCode] = useState('');
  const [encrypt, setEncrypt] = useState(true);
  const [plainOk, setPlainOk] = useState(false);
  const [withPdfs, setWithPdfs] = useState(false);
  const [pdfLanguage, setPdfLanguage] = useState<Language>('id');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<{ where: 'scope' | 'passphrase' | 'plain'; text: string } | null>(null);
  const [mismatch, setMismatch] = useState(false);
  // Left while a package with PDFs was being made: follow that job again.
  const [pendingJob, setPending] = usePendingJob('package');
  const [busy, setBusy] = useState(() => pendingJob !== null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [done, setDone] = useState<Exported | null>(null);
  /** A package with PDFs is made in the background: progress (PDFs printed) and cancel. */
  const { job, run, reset } = useJobPoll<Job>();

  const finish = (reply: Envelope<Exported> | null) => {
    setBusy(false);
    if (!reply) return;
    if (!reply.ok) return setError(reply.error);
    setDone(reply.value);
    downloadBase64(reply.value.fileName, reply.value.contentBase64);
  };

  const status = (jobId: string) => call('exchange.exportStatus', { jobId });
  const started = async (start: Promise<Envelope<{ jobId: string }>>) => {
    const reply = await start;
    if (reply.ok) setPending(reply.value.jobId);
    return reply;
  };
  const settle = (end: Envelope<Job> | null) => {
    if (!end) return; // the screen was left: the job stays pending for the next visit
    setPending(null);
    if (!end.ok) return finish(end);
    const { state, error: failure, result } = end.value;
    if (state === 'failed' && failure) return finish({ ok: false, error: failure });
    // Cancelled: the notice below says so; nothing was made.
    return finish(result ? { ok: true, value: result } : null);
  };

  useEffect(() => {
    if (!pendingJob) return;
    const jobId = pendingJob;
    void run(async () => ({ ok: true, value: { jobId } }), status).then(settle);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    void call('exchange.trusted.list', {}).then((r) => r.ok && setOffices(r.value.map((o) => o.officeCode)));
  }, []);

  const scope = (): ChannelInput<'exchange.export'>['scope'] | string => {
    if (kind === 'batch') return batchId ? { kind, batchId } : t('exchangeUi.export.needBatch');
    if (kind === 'since')
      return officeCode.trim() ? { kind, sinceOfficeCode: officeCode.trim() } : t('exchangeUi.export.needOffice');
    return { kind: 'full' };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    reset();
    const chosen = scope();
    if (typeof chosen === 'string') return setProblem({ where: 'scope', text: chosen });
    if (encrypt) {
      const why = passphraseProblem(passphrase, confirm);
      setMismatch(why === 'mismatch');
      if (why) return setProblem({ where: 'passphrase', text: t(`exchangeUi.export.${why}`, { min: MIN_PASSPHRASE }) });
    } else if (!plainOk) return setProblem({ where: 'plain', text: t('exchangeUi.export.plainNeedsConfirm') });
    setProblem(null);
    setBusy(true);
    // PDFs belong to a batch package only; the option is not sent for the other scopes.
    const pdfs = chosen.kind === 'batch' && withPdfs ? { withPdfs: true, pdfLanguage } : {};
    const input = encrypt ? { scope: chosen, encrypt, passphrase, ...pdfs } : { scope: chosen, encrypt, ...pdfs };
    setError(null);
    if (!pdfs.withPdfs) return finish(await call('exchange.export', input));
    return settle(await run(() => started(call('exchange.exportStart', input)), status));
  };

  const cancel = async () => {
    if (!job) return;
    const reply = await call('exchange.exportCancel', { jobId: job.jobId });
    if (!reply.ok) setError(reply.error);
  };

  const problemAt = (where: 'scope' | 'passphrase' | 'plain') => (problem?.where === where ? problem.text : null);
  const rows = done ? Object.values(done.counts).reduce((a, b) => a + b, 0) : 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="exchange-export">
      <Title order={2} size="h3" id="exchange-export" mb="xs">
        {t('exchangeUi.export.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('exchangeUi.export.intro')}
      </Text>
      <form onSubmit={(e) => void submit(e)} aria-labelledby="exchange-export" noValidate>
        <Stack gap="md">
          <Radio.Group label={t('exchangeUi.export.scope')} value={kind} onChange={(v) => setKind(v as ScopeKind)}>
            <Stack gap="xs" mt="xs">
              {SCOPES.map((s) => (
                <Radio key={s} value={s} label={t(`exchangeUi.export.scopes.${s}`)} data-testid={`scope-${s}`} />
              ))}
            </Stack>
          </Radio.Group>
          {kind === 'batch' && (
            <>
              <BatchSelect
                label={t('exchangeUi.export.batch')}
                value={batchId}
                onChange={setBatchId}
                error={problemAt('scope')}
              />
              <Checkbox
                label={t('exchangeUi.export.withPdfs')}
                description={t('exchangeUi.export.withPdfsHint')}
                checked={withPdfs}
                onChange={(e) => setWithPdfs(e.currentTarget.checked)}
                data-testid="export-with-pdfs"
              />
              {withPdfs && (
                // Indented under the checkbox it belongs to.
                <Box pl={32}>
                  <DocumentLanguageSelect value={pdfLanguage} onChange={setPdfLanguage} />
                </Box>
              )}
            </>
          )}
          {kind === 'since' && (
            <Autocomplete
              label={t('exchangeUi.export.sinceOffice')}
              description={t('exchangeUi.export.sinceOfficeHint')}
              data={offices}
              value={officeCode}
              onChange={setOfficeCode}
              error={problemAt('scope')}
              maw={480}
              required
            />
          )}
          <Switch
            label={t('exchangeUi.export.encrypt')}
            checked={encrypt}
            onChange={(e) => {
              setEncrypt(e.currentTarget.checked);
              setPlainOk(false);
              setProblem(null);
            }}
          />
          {encrypt ? (
            <PassphraseFields
              passphrase={passphrase}
              confirm={confirm}
              error={problemAt('passphrase')}
              mismatch={mismatch}
              onPassphrase={setPassphrase}
              onConfirm={setConfirm}
            />
          ) : (
            <Alert
              color="orange"
              styles={WARNING_STYLES}
              variant="light"
              title={t('exchangeUi.export.plainWarningTitle')}
              icon={<IconAlertTriangle aria-hidden />}
              maw={640}
            >
              <Stack gap="sm">
                <Text size="sm">{t('exchangeUi.export.plainWarning')}</Text>
                <Checkbox
                  label={t('exchangeUi.export.plainConfirm')}
                  checked={plainOk}
                  onChange={(e) => setPlainOk(e.currentTarget.checked)}
                  error={problemAt('plain')}
                />
              </Stack>
            </Alert>
          )}
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" loading={busy} leftSection={<IconPackageExport size={18} aria-hidden />}>
              {t('exchangeUi.export.submit')}
            </Button>
          </Group>
          {busy &&
            (job ? (
              <JobProgress
                testId="export-progress"
                text={t('exchangeUi.export.pdfProgress', { done: job.done, total: job.total })}
                done={job.done}
                total={job.total}
                progressLabel={t('exchangeUi.export.pdfProgressLabel')}
                cancelLabel={t('exchangeUi.export.cancel')}
                canCancel={job.state === 'running'}
                onCancel={() => void cancel()}
              />
            ) : (
              <Group gap="sm" role="status" data-testid="export-progress">
                <Loader size="sm" aria-hidden />
                <Text size="sm">
                  {t(kind === 'batch' && withPdfs ? 'exchangeUi.export.runningPdfs' : 'exchangeUi.export.running')}
                </Text>
              </Group>
            ))}
          {job?.state === 'cancelled' && (
            <Alert color="yellow" variant="light" role="status" data-testid="export-cancelled">
              <Text size="sm">{t('exchangeUi.export.cancelled')}</Text>
            </Alert>
          )}
          {done && (
            <Alert color="green" variant="light" role="status" data-testid="export-done">
              <Stack gap="xs">
                <Text size="sm">{t('exchangeUi.export.done', { file: done.fileName })}</Text>
                <Text size="sm">
                  {t('exchangeUi.export.doneRows', { count: rows, tables: Object.keys(done.counts).length })}
                </Text>
                {done.pdfs.length > 0 && (
                  <Text size="sm" data-testid="export-done-pdfs">
                    {t('exchangeUi.export.donePdfs', { count: done.pdfs.length })}
                  </Text>
                )}
                <Group>
                  <Button
                    size="compact-sm"
                    variant="default"
                    leftSection={<IconDownload size={14} aria-hidden />}
                    onClick={() => downloadBase64(done.fileName, done.contentBase64)}
                  >
                    {t('exchangeUi.export.downloadAgain')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
