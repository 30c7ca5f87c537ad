import { Alert, Card, Code, FileInput, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconFileSearch, IconHelpCircle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { MAX_VERIFY_BYTES, type Verdict, type VerifyResult } from '../../../shared/schemas/documents';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { readFileAsBase64 } from '../../lib/files';

const LOOK: Record<Verdict, { color: string; icon: typeof IconCircleCheck }> = {
  match: { color: 'green', icon: IconCircleCheck },
  mismatch: { color: 'red', icon: IconCircleX },
  unknown: { color: 'gray', icon: IconHelpCircle },
  notCheckable: { color: 'gray', icon: IconHelpCircle },
  notAsesa: { color: 'gray', icon: IconHelpCircle },
};

/**
 * "Periksa dokumen": pick a PDF printed by Asesa (here or at another office) and see whether the
 * data in this database is exactly the data it was made from. The check runs on the main side
 * (documents.verify); a file over the limit is refused here without reading it.
 */
export function VerifyPanel() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [result, setResult] = useState<VerifyResult | null>(null);

  async function pick(next: File | null) {
    setFile(next);
    setResult(null);
    setError(null);
    if (!next) return;
    if (next.size > MAX_VERIFY_BYTES) {
      const mb = (next.size / 1024 / 1024).toFixed(1);
      setError({
        code: 'BAD_INPUT',
        message: t('documents.errors.tooLarge', { file: next.name, mb, max: MAX_VERIFY_BYTES / 1024 / 1024 }),
      });
      return;
    }
    setBusy(true);
    const reply = await call('documents.verify', { fileName: next.name, contentBase64: await readFileAsBase64(next) });
    setBusy(false);
    if (reply.ok) setResult(reply.value);
    else setError(reply.error);
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="verify-document">
      <Title order={3} size="h5" id="verify-document" mb="xs">
        {t('documents.ui.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('documents.ui.intro')}</Text>
        <FileInput
          label={t('documents.ui.file')}
          placeholder={t('documents.ui.filePlaceholder')}
          accept="application/pdf,.pdf"
          value={file}
          onChange={(f) => void pick(f)}
          leftSection={<IconFileSearch size={16} aria-hidden />}
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          maw={520}
          data-testid="verify-file"
        />
        {busy && (
          <Text size="sm" role="status">
            <Loader size="xs" mr="xs" />
            {t('documents.ui.checking')}
          </Text>
        )}
        <ErrorAlert error={error} />
        {result && <VerdictView result={result} />}
      </Stack>
    </Card>
  );
}

function VerdictView({ result }: { result: VerifyResult }) {
  const { t } = useTranslation();
  const { color, icon: Icon } = LOOK[result.verdict];
  const d = result.document;
  const notHere = (
    <Text span c="dimmed" size="sm">
      {t('documents.ui.notHere')}
    </Text>
  );
  const rows: [string, ReactNode][] = d
    ? [
        [t('documents.ui.kind'), t(`documents.kind.${d.kind}`)],
        [t('documents.ui.documentNumber'), d.documentNumber],
        [t('documents.ui.documentId'), <Code key="id">{d.documentId}</Code>],
        [t('documents.ui.batch'), result.batchName ?? notHere],
        ...(d.participantId
          ? [
              [
                t('documents.ui.participant'),
                result.participant ? `${result.participant.name} (${result.participant.nip})` : notHere,
              ] as [string, ReactNode],
            ]
          : []),
        [t('documents.ui.printedHash'), <Code key="p">{d.printedHash}</Code>],
        [t('documents.ui.localHash'), result.localHash ? <Code key="l">{result.localHash}</Code> : notHere],
      ]
    : [];
  return (
    <Alert
      color={color}
      variant="light"
      role="status"
      icon={<Icon aria-hidden />}
      title={result.fileName}
      data-testid="verify-verdict"
      data-verdict={result.verdict}
    >
      <Text size="sm" fw={600} mb={rows.length ? 'xs' : 0}>
        {t(`documents.verdict.${result.verdict}`)}
      </Text>
      {rows.length > 0 && (
        <Table withRowBorders={false} verticalSpacing={2} fz="sm">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={200} fw={500}>
                  {label}
                </Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Alert>
  );
}
