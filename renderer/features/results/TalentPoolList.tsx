import { Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { formatNumber, lang } from './gap-tone';

type Pool = ChannelOutput<'results.talentPool'>;

/** The succession group: participants in boxes 7–9 with their follow-up. */
export function TalentPoolList({ batchId, version }: { batchId: string; version: unknown }) {
  const { t, i18n } = useTranslation();
  const l = lang(i18n.language);
  const [pool, setPool] = useState<Pool | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  useEffect(() => {
    let live = true;
    void call('results.talentPool', { batchId }).then((reply) => {
      if (!live) return;
      setPool(reply.ok ? reply.value : null);
      setError(reply.ok ? null : reply.error);
    });
    return () => {
      live = false;
    };
  }, [batchId, version]);
  if (error) return <ErrorAlert error={error} />;
  if (!pool) return <Text>{t('resultsUi.loading')}</Text>;
  if (pool.length === 0) return <Text>{t('resultsUi.pool.empty')}</Text>;
  return (
    <Table data-testid="talent-pool">
      <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{t('results.talentPool')}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('resultsUi.matrix.participant')}</Table.Th>
          <Table.Th scope="col">{t('resultsUi.matrix.nineBox')}</Table.Th>
          <Table.Th scope="col">{t('resultsUi.matrix.jpm')}</Table.Th>
          <Table.Th scope="col">{t('resultsUi.pool.followUp')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {pool.map((p) => (
          <Table.Tr key={p.participantId}>
            <Table.Td>
              {p.name}
              <Text size="xs" c="dimmed">
                {p.nip}
              </Text>
            </Table.Td>
            <Table.Td>{p.nineBox}</Table.Td>
            <Table.Td>{formatNumber(p.jpm, l)}%</Table.Td>
            <Table.Td>
              <Text size="sm">{p.followUp[l]}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
