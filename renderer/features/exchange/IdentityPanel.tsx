import { ActionIcon, Button, Card, Code, CopyButton, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import type { TrustedOffice } from '../../../shared/contract/channels/exchange';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { useAppStore } from '../../lib/store';
import { ConfirmAction } from '../../components/ConfirmAction';
import { formatDateTime } from './format';

type OfficeKey = ChannelOutput<'exchange.officeKey'>;

/**
 * Who this office is to other offices: name, code and the signing key's fingerprint (grouped
 * hex, to be read out by phone), and the offices whose packages this office trusts.
 */
export function IdentityPanel() {
  const { t, i18n } = useTranslation();
  const office = useAppStore((s) => s.status?.office);
  const [key, setKey] = useState<OfficeKey | null>(null);
  const [trusted, setTrusted] = useState<TrustedOffice[] | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [removing, setRemoving] = useState<TrustedOffice | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([call('exchange.officeKey', {}), call('exchange.trusted.list', {})]).then(([k, list]) => {
      if (!live) return;
      if (k.ok) setKey(k.value);
      if (list.ok) setTrusted(list.value);
      setError(!k.ok ? k.error : !list.ok ? list.error : null);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const untrust = async (): Promise<EnvelopeError | null> => {
    if (!removing) return null;
    const reply = await call('exchange.trusted.untrust', { officeCode: removing.officeCode });
    if (!reply.ok) return reply.error;
    setVersion((v) => v + 1);
    return null;
  };

  return (
    <Stack gap="lg">
      <ErrorAlert error={error} />
      <Card withBorder padding="lg" component="section" aria-labelledby="exchange-identity">
        <Title order={2} size="h3" id="exchange-identity" mb="xs">
          {t('exchangeUi.identity.title')}
        </Title>
        <Text size="sm" mb="md">
          {t('exchangeUi.identity.intro')}
        </Text>
        <Table variant="vertical" withTableBorder maw={760} data-testid="office-identity">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w={240}>
                {t('exchangeUi.identity.name')}
              </Table.Th>
              <Table.Td>{office?.name ?? t('exchangeUi.common.none')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('exchangeUi.identity.code')}</Table.Th>
              <Table.Td>{key?.officeCode ?? office?.code ?? t('exchangeUi.common.none')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('exchangeUi.identity.fingerprint')}</Table.Th>
              <Table.Td>
                {key ? (
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Fingerprint value={key.fingerprint} testId="office-fingerprint" />
                    <CopyButton value={key.fingerprint}>
                      {({ copied, copy }) => (
                        <Tooltip label={copied ? t('exchangeUi.common.copied') : t('exchangeUi.common.copy')}>
                          <ActionIcon
                            variant="default"
                            onClick={copy}
                            aria-label={t('exchangeUi.identity.copyFingerprint')}
                          >
                            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </CopyButton>
                  </Group>
                ) : (
                  t('exchangeUi.common.loading')
                )}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="exchange-trusted">
        <Title order={2} size="h3" id="exchange-trusted" mb="xs">
          {t('exchangeUi.identity.trustedTitle')}
        </Title>
        <Text size="sm" mb="md">
          {t('exchangeUi.identity.trustedIntro')}
        </Text>
        {trusted && trusted.length === 0 && <Text>{t('exchangeUi.identity.trustedEmpty')}</Text>}
        {trusted && trusted.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="trusted-table">
              <Table.Caption className="visually-hidden">{t('exchangeUi.identity.trustedCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('exchangeUi.identity.code')}</Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.identity.name')}</Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.identity.fingerprint')}</Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.identity.trustedAt')}</Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.identity.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {trusted.map((o) => (
                  <Table.Tr key={o.officeCode} data-testid="trusted-row">
                    <Table.Td>{o.officeCode}</Table.Td>
                    <Table.Td>{o.officeName}</Table.Td>
                    <Table.Td>
                      <Fingerprint value={o.fingerprint} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(i18n.language, o.trustedAt)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('exchangeUi.identity.untrustFor', { code: o.officeCode })}
                        onClick={() => setRemoving(o)}
                      >
                        {t('exchangeUi.identity.untrust')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <ConfirmAction
        opened={removing !== null}
        title={t('exchangeUi.identity.untrustTitle')}
        confirmLabel={t('exchangeUi.identity.untrust')}
        danger
        onConfirm={untrust}
        onClose={() => setRemoving(null)}
      >
        <Text>
          {t('exchangeUi.identity.untrustBody', { name: removing?.officeName ?? '', code: removing?.officeCode ?? '' })}
        </Text>
      </ConfirmAction>
    </Stack>
  );
}

/** A fingerprint in 4-character groups, wrapped in two lines of eight groups: easy to read aloud. */
export function Fingerprint({ value, testId }: { value: string; testId?: string }) {
  const groups = value.split(/\s+/).filter(Boolean);
  const lines = groups.length > 8 ? [groups.slice(0, 8), groups.slice(8)] : [groups];
  return (
    <Code block data-testid={testId} fz="sm" py={4} px={8} w="fit-content" style={{ whiteSpace: 'pre' }}>
      {lines.map((line) => line.join(' ')).join('\n')}
    </Code>
  );
}
