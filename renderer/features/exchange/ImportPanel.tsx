import { Alert, Button, Card, FileInput, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { ExchangePreview } from '../../../shared/contract/channels/exchange';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { call } from '../../lib/api';
import { readFileAsBase64 } from '../../lib/files';
import { CountsTable } from './CountsTable';
import { PreviewView, type Applied } from './PreviewView';

/** base64 of the encrypted package's magic "ASESA-ENC" (docs/exchange-format.md §1). */
const ENCRYPTED_PREFIX = 'QVNFU0EtRU5D';
const RESULT_KEYS = ['inserted', 'updated', 'unchanged', 'keptMine', 'localNewer'] as const;

/** Terima paket: pick the file, give its passphrase if encrypted, preview, apply, see what changed. */
export function ImportPanel() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState<'reading' | 'opening' | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [preview, setPreview] = useState<ExchangePreview | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);
  const encrypted = content?.startsWith(ENCRYPTED_PREFIX) ?? false;

  const reset = () => {
    setFile(null);
    setContent(null);
    setPassphrase('');
    setPreview(null);
    setApplied(null);
    setError(null);
  };

  const pick = async (next: File | null) => {
    reset();
    setFile(next);
    if (!next) return;
    setBusy('reading');
    setContent(await readFileAsBase64(next));
    setBusy(null);
  };

  const openPackage = async (e: FormEvent) => {
    e.preventDefault();
    if (!content) return;
    setBusy('opening');
    const reply = await call(
      'exchange.preview',
      encrypted ? { contentBase64: content, passphrase } : { contentBase64: content },
    );
    setBusy(null);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setPreview(reply.value);
  };

  if (applied) {
    return (
      <Card withBorder padding="lg" component="section" aria-labelledby="exchange-applied" data-testid="apply-result">
        <Alert
          color="green"
          variant="light"
          role="status"
          icon={<IconCircleCheck aria-hidden />}
          title={<span id="exchange-applied">{t('exchangeUi.result.title')}</span>}
          mb="md"
        >
          <Text size="sm">{t('exchangeUi.result.body', { id: applied.packageId })}</Text>
          {applied.backupFile && <Text size="sm">{t('exchangeUi.result.backup', { file: applied.backupFile })}</Text>}
        </Alert>
        <CountsTable
          caption={t('exchangeUi.result.caption')}
          keys={RESULT_KEYS}
          heading={(k) => t(`exchangeUi.result.${k}`)}
          rows={applied.tables}
        />
        <Button mt="md" variant="default" onClick={reset}>
          {t('exchangeUi.result.another')}
        </Button>
      </Card>
    );
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="exchange-import">
      <Title order={2} size="h3" id="exchange-import" mb="xs">
        {t('exchangeUi.import.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('exchangeUi.import.intro')}
      </Text>
      {preview ? (
        <PreviewView preview={preview} onApplied={setApplied} onDiscard={reset} />
      ) : (
        <form onSubmit={(e) => void openPackage(e)} aria-labelledby="exchange-import" noValidate>
          <Stack gap="md" maw={520}>
            <FileInput
              label={t('exchangeUi.import.file')}
              placeholder={t('exchangeUi.import.filePlaceholder')}
              accept=".asesa"
              value={file}
              onChange={(f) => void pick(f)}
              clearable
              clearButtonProps={{ 'aria-label': t('exchangeUi.import.clear') }}
              styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
              leftSection={<IconFileImport size={16} aria-hidden />}
              data-testid="package-file"
            />
            {encrypted && (
              <PasswordField
                label={t('exchangeUi.import.passphrase')}
                description={t('exchangeUi.import.encrypted')}
                value={passphrase}
                autoComplete="off"
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                required
              />
            )}
            <ErrorAlert error={error} />
            <Group>
              <Button
                type="submit"
                disabled={!content || (encrypted && passphrase.length === 0)}
                loading={busy === 'opening'}
              >
                {t('exchangeUi.import.open')}
              </Button>
            </Group>
            {busy && (
              <Group gap="sm" role="status">
                <Loader size="sm" aria-hidden />
                <Text size="sm">{t(`exchangeUi.import.${busy}`)}</Text>
              </Group>
            )}
          </Stack>
        </form>
      )}
    </Card>
  );
}
