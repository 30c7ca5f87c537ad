import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import type { ExchangePreview } from '../../../shared/contract/channels/exchange';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { formatBytes } from '../settings/format';

type Saved = ChannelOutput<'exchange.savePdfs'>;

/**
 * The PDFs a verified package carries: names and sizes, and one button that saves them. The
 * main side picks a new folder beside the database (as the batch PDF export does); the screen
 * only learns where they went.
 */
export function PackagePdfs({ preview }: { preview: ExchangePreview }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  if (preview.pdfs.length === 0) return null;

  const save = async () => {
    setBusy(true);
    const reply = await call('exchange.savePdfs', { previewId: preview.previewId });
    setBusy(false);
    setError(reply.ok ? null : reply.error);
    if (reply.ok) setSaved(reply.value);
  };

  return (
    <Stack gap="sm" data-testid="preview-pdfs">
      <Title order={3} size="h4">
        {t('exchangeUi.preview.pdfsTitle', { count: preview.pdfs.length })}
      </Title>
      <Text size="sm">{t('exchangeUi.preview.pdfsHint')}</Text>
      <Table withTableBorder maw={820} fz="sm">
        <Table.Caption>{t('exchangeUi.preview.pdfsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('exchangeUi.preview.pdfName')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('exchangeUi.preview.pdfSize')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.pdfs.map((p) => (
            <Table.Tr key={p.fileName}>
              <Table.Td style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{p.fileName}</Table.Td>
              <Table.Td ta="right">{formatBytes(i18n.language, p.bytes)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button
          variant="default"
          loading={busy}
          disabled={saved !== null}
          leftSection={<IconFileTypePdf size={16} aria-hidden />}
          onClick={() => void save()}
        >
          {t('exchangeUi.preview.savePdfs')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {saved && (
        <Alert color="green" variant="light" role="status" data-testid="pdfs-saved">
          {t('exchangeUi.preview.savedPdfs', { count: saved.files.length, folder: saved.folder })}
        </Alert>
      )}
    </Stack>
  );
}
