import { Alert, Badge, Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import type { ExchangePreview } from '../../../shared/contract/channels/exchange';
import { call } from '../../lib/api';
import { WARNING_STYLES } from './format';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ConflictList } from './ConflictList';
import { CountsTable } from './CountsTable';
import { formatDateTime } from './format';
import { Fingerprint } from './IdentityPanel';
import { PackagePdfs } from './PackagePdfs';
import { NO_DECISIONS, toResolutions, undecided, type Decisions } from './resolution';

export type Applied = ChannelOutput<'exchange.apply'>;
const COUNTS = ['new', 'changed', 'unchanged', 'conflict', 'localNewer'] as const;

interface Props {
  preview: ExchangePreview;
  onApplied(result: Applied): void;
  onDiscard(): void;
}

/** What the package would do here, the signer check, conflict decisions, then one confirmed apply. */
export function PreviewView({ preview, onApplied, onDiscard }: Props) {
  const { t, i18n } = useTranslation();
  const [trust, setTrust] = useState(false);
  const [decisions, setDecisions] = useState<Decisions>(NO_DECISIONS);
  const [confirming, setConfirming] = useState(false);
  const unknown = preview.signer.trust === 'unknown';
  const open = undecided(preview, decisions);
  // A whole-database package lists every table; the ones without a row are only noise here.
  const tables = preview.tables.filter((r) => COUNTS.some((k) => r[k] > 0));
  const blocked = (unknown && !trust) || open > 0 || preview.alreadyAppliedAt !== null;
  const scope =
    preview.scope.kind === 'since'
      ? `${t('exchangeUi.export.scopes.since')}: ${preview.scope.sinceOfficeCode}`
      : t(`exchangeUi.export.scopes.${preview.scope.kind}`);

  const apply = async (): Promise<EnvelopeError | null> => {
    const reply = await call('exchange.apply', {
      previewId: preview.previewId,
      resolutions: toResolutions(decisions),
      trustSigner: unknown && trust,
    });
    if (!reply.ok) return reply.error;
    onApplied(reply.value);
    return null;
  };

  return (
    <Stack gap="md" data-testid="exchange-preview">
      <Title order={2} size="h3">
        {t('exchangeUi.preview.title')}
      </Title>
      <Table variant="vertical" withTableBorder maw={820} fz="sm">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" w={200}>
              {t('exchangeUi.preview.signer')}
            </Table.Th>
            <Table.Td data-testid="preview-signer">
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {preview.signer.name} ({preview.signer.code})
                </Text>
                {!unknown && (
                  <Badge color="#1f6f33" variant="filled" leftSection={<IconShieldCheck size={12} aria-hidden />}>
                    {t('exchangeUi.preview.trusted')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('exchangeUi.preview.fingerprint')}</Table.Th>
            <Table.Td>
              <Fingerprint value={preview.signer.fingerprint} testId="preview-fingerprint" />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('exchangeUi.preview.packageId')}</Table.Th>
            <Table.Td style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{preview.packageId}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('exchangeUi.preview.createdAt')}</Table.Th>
            <Table.Td>{formatDateTime(i18n.language, preview.createdAt)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('exchangeUi.preview.scope')}</Table.Th>
            <Table.Td>{scope}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('exchangeUi.preview.encrypted')}</Table.Th>
            <Table.Td>{t(preview.encrypted ? 'exchangeUi.preview.yes' : 'exchangeUi.preview.no')}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>

      {unknown && (
        <Alert
          color="orange"
          styles={WARNING_STYLES}
          variant="light"
          title={t('exchangeUi.preview.unknownTitle')}
          icon={<IconAlertTriangle aria-hidden />}
          data-testid="unknown-signer"
        >
          <Stack gap="sm">
            <Text size="sm">
              {t('exchangeUi.preview.unknownBody', { name: preview.signer.name, code: preview.signer.code })}
            </Text>
            <Checkbox
              label={t('exchangeUi.preview.trustCheck')}
              checked={trust}
              onChange={(e) => setTrust(e.currentTarget.checked)}
              fw={600}
            />
          </Stack>
        </Alert>
      )}
      {preview.alreadyAppliedAt && (
        <Alert
          color="blue"
          variant="light"
          title={t('exchangeUi.preview.alreadyTitle')}
          icon={<IconInfoCircle aria-hidden />}
          data-testid="already-applied"
        >
          {t('exchangeUi.preview.alreadyBody', { at: formatDateTime(i18n.language, preview.alreadyAppliedAt) })}
        </Alert>
      )}

      <Title order={3} size="h4">
        {t('exchangeUi.preview.countsTitle')}
      </Title>
      {tables.length === 0 ? (
        <Text>{t('exchangeUi.preview.noRows')}</Text>
      ) : (
        <CountsTable
          caption={t('exchangeUi.preview.countsCaption')}
          keys={COUNTS}
          heading={(k) => t(`exchangeUi.preview.counts.${k}`)}
          rows={tables}
          strong={(k, n) => k === 'conflict' && n > 0}
          testId="preview-counts"
        />
      )}

      <ConflictList preview={preview} decisions={decisions} onChange={setDecisions} />

      <PackagePdfs preview={preview} />

      <Stack gap={4}>
        {unknown && !trust && (
          <Text size="sm" c="red.9">
            {t('exchangeUi.preview.needTrust')}
          </Text>
        )}
        {open > 0 && (
          <Text size="sm" c="red.9" data-testid="unresolved">
            {t('exchangeUi.preview.unresolved', { count: open })}
          </Text>
        )}
      </Stack>
      <Group>
        <Button onClick={() => setConfirming(true)} disabled={blocked}>
          {t('exchangeUi.preview.apply')}
        </Button>
        <Button variant="default" onClick={onDiscard}>
          {t('exchangeUi.preview.discard')}
        </Button>
      </Group>
      <ConfirmAction
        opened={confirming}
        title={t('exchangeUi.preview.confirmTitle')}
        confirmLabel={t('exchangeUi.preview.confirm')}
        onConfirm={apply}
        onClose={() => setConfirming(false)}
      >
        <Text>{t('exchangeUi.preview.confirmBody')}</Text>
      </ConfirmAction>
    </Stack>
  );
}
