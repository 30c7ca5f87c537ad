import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import type { ImportRecord } from '../../../shared/contract/channels/exchange';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { notify } from '../../components/notify';
import { ConfirmAction } from '../../components/ConfirmAction';
import { formatDateTime, shortId } from './format';

type AuditEntry = ChannelOutput<'audit.list'>[number];

/** The audit entry of an export holds its scope and row counts (electron/services/exchange.ts). */
function exportSummary(t: TFunction, entry: AuditEntry): { scope: string; rows: number } {
  try {
    const parsed = JSON.parse(entry.newValue ?? '{}') as {
      scope?: { kind?: string; sinceOfficeCode?: string };
      counts?: Record<string, number>;
    };
    const kind = parsed.scope?.kind ?? 'full';
    const scope = t(`exchangeUi.export.scopes.${kind}`, { defaultValue: kind });
    const rows = Object.values(parsed.counts ?? {}).reduce((a, b) => a + b, 0);
    return { scope: parsed.scope?.sinceOfficeCode ? `${scope}: ${parsed.scope.sinceOfficeCode}` : scope, rows };
  } catch {
    return { scope: '', rows: 0 };
  }
}

function importCounts(t: TFunction, record: ImportRecord): string {
  const sum = (k: 'inserted' | 'updated' | 'keptMine') => record.counts.reduce((a, c) => a + c[k], 0);
  return t('exchangeUi.history.countsLine', {
    inserted: sum('inserted'),
    updated: sum('updated'),
    kept: sum('keptMine'),
  });
}

/** Packages received and sent, and the undo of the last import (refusals from the main side shown as they are). */
export function HistoryPanel() {
  const { t, i18n } = useTranslation();
  const [imports, setImports] = useState<ImportRecord[] | null>(null);
  const [exports, setExports] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [people, setPeople] = useState<Map<string, string>>(new Map());
  const [undoing, setUndoing] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    // Import records name the user by id; the audit entries of imports carry the name.
    void Promise.all([
      call('exchange.history', {}),
      call('audit.list', { action: 'exchange.export', limit: 100 }),
      call('audit.list', { action: 'exchange.import', limit: 500 }),
    ]).then(([h, a, names]) => {
      if (!live) return;
      setImports(h.ok ? [...h.value].sort((x, y) => y.importedAt.localeCompare(x.importedAt)) : []);
      setExports(a.ok ? a.value : []);
      const known = names.ok ? names.value : [];
      setPeople(new Map(known.flatMap((e) => (e.actorId && e.actorName ? [[e.actorId, e.actorName] as const] : []))));
      setError(!h.ok ? h.error : !a.ok ? a.error : null);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const last = imports?.find((r) => r.undoneAt === null) ?? null;
  const undo = async (): Promise<EnvelopeError | null> => {
    const reply = await call('exchange.undoLast', {});
    if (!reply.ok) return reply.error;
    notify(
      t('exchangeUi.history.undoneToast', { id: shortId(reply.value.packageId), count: reply.value.restoredRows }),
    );
    setVersion((v) => v + 1);
    return null;
  };

  return (
    <Stack gap="lg">
      <ErrorAlert error={error} />
      <Card withBorder padding="lg" component="section" aria-labelledby="exchange-imports">
        <Group justify="space-between" mb="md">
          <Title order={2} size="h3" id="exchange-imports">
            {t('exchangeUi.history.importsTitle')}
          </Title>
          <Button
            variant="default"
            color="red.8"
            leftSection={<IconArrowBackUp size={18} aria-hidden />}
            disabled={!last}
            onClick={() => setUndoing(true)}
          >
            {t('exchangeUi.history.undo')}
          </Button>
        </Group>
        {imports && imports.length === 0 && <Text>{t('exchangeUi.history.importsEmpty')}</Text>}
        {imports && imports.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table striped fz="sm" data-testid="import-history">
              <Table.Caption className="visually-hidden">{t('exchangeUi.history.importsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('exchangeUi.history.when')}</Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.history.packageId')}</Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.history.signer')}</Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.history.counts')}</Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.history.who')}</Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.history.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {imports.map((r) => (
                  <Table.Tr key={r.importId} data-testid="import-row">
                    <Table.Td>{formatDateTime(i18n.language, r.importedAt)}</Table.Td>
                    <Table.Td title={r.packageId} style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>
                      {shortId(r.packageId)}
                    </Table.Td>
                    <Table.Td>
                      {r.signerName} ({r.signerCode})
                    </Table.Td>
                    <Table.Td>{importCounts(t, r)}</Table.Td>
                    <Table.Td>
                      {r.importedBy ? (people.get(r.importedBy) ?? r.importedBy) : t('exchangeUi.history.unknownUser')}
                    </Table.Td>
                    <Table.Td>
                      {r.undoneAt ? (
                        <Text size="sm">
                          {t('exchangeUi.history.undone', { at: formatDateTime(i18n.language, r.undoneAt) })}
                        </Text>
                      ) : (
                        <Text size="sm" fw={600}>
                          {t('exchangeUi.history.applied')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="exchange-exports">
        <Title order={2} size="h3" id="exchange-exports" mb="md">
          {t('exchangeUi.history.exportsTitle')}
        </Title>
        {exports && exports.length === 0 && <Text>{t('exchangeUi.history.exportsEmpty')}</Text>}
        {exports && exports.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped fz="sm" data-testid="export-history">
              <Table.Caption className="visually-hidden">{t('exchangeUi.history.exportsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('exchangeUi.history.when')}</Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.history.packageId')}</Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.history.scope')}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('exchangeUi.history.counts')}
                  </Table.Th>
                  <Table.Th scope="col">{t('exchangeUi.history.who')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {exports.map((e) => {
                  const s = exportSummary(t, e);
                  return (
                    <Table.Tr key={e.seq} data-testid="export-row">
                      <Table.Td>{formatDateTime(i18n.language, e.at)}</Table.Td>
                      <Table.Td title={e.entityId ?? ''} style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>
                        {shortId(e.entityId ?? '')}
                      </Table.Td>
                      <Table.Td>{s.scope}</Table.Td>
                      <Table.Td style={{ textAlign: 'right' }}>{s.rows}</Table.Td>
                      <Table.Td>{e.actorName ?? t('exchangeUi.history.unknownUser')}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <ConfirmAction
        opened={undoing}
        title={t('exchangeUi.history.undoTitle')}
        confirmLabel={t('exchangeUi.history.undoConfirm')}
        danger
        onConfirm={undo}
        onClose={() => setUndoing(false)}
      >
        <Text>
          {t('exchangeUi.history.undoBody', {
            id: last ? shortId(last.packageId) : '',
            signer: last ? `${last.signerName} (${last.signerCode})` : '',
          })}
        </Text>
      </ConfirmAction>
    </Stack>
  );
}
