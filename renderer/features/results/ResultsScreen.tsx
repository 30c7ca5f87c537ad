import { Alert, Button, Group, List, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { BatchPicker } from './BatchPicker';
import { MatrixTable } from './MatrixTable';
import { NineBoxGrid } from './NineBoxGrid';
import { PerformancePanel } from './PerformancePanel';
import { ProfilePanel } from './ProfilePanel';
import { SummaryPanel } from './SummaryPanel';
import { TalentPoolList } from './TalentPoolList';
import { useResults } from './use-results';

/** Hasil & Talenta: pick a batch, compute its results, then matrix, summary, profile, kinerja, nine-box, pool. */
export function ResultsScreen() {
  const { t } = useTranslation();
  const [batchId, setBatchId] = useState<string | null>(null);
  const { matrix, error, reload, replaceRow } = useResults(batchId);
  const [computing, setComputing] = useState(false);
  const [computed, setComputed] = useState<ChannelOutput<'results.compute'> | null>(null);
  const [computeError, setComputeError] = useState<EnvelopeError | null>(null);

  async function compute() {
    if (!batchId) return;
    setComputing(true);
    const reply = await call('results.compute', { batchId });
    setComputing(false);
    setComputed(reply.ok ? reply.value : null);
    setComputeError(reply.ok ? null : reply.error);
    await reload();
  }

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <BatchPicker
          value={batchId}
          onChange={(id) => {
            setBatchId(id);
            setComputed(null);
          }}
        />
        <Button onClick={() => void compute()} disabled={!batchId} loading={computing}>
          {t('resultsUi.compute')}
        </Button>
      </Group>
      <ErrorAlert error={computeError ?? error} />
      {computed && (
        <Text role="status" size="sm">
          {t('resultsUi.computed', computed)}
        </Text>
      )}
      {matrix && matrix.pending.length > 0 && (
        <Alert
          color="yellow"
          title={t('resultsUi.pendingTitle', { count: matrix.pending.length })}
          data-testid="pending"
        >
          <Text size="sm">{t('resultsUi.pendingHint')}</Text>
          <List size="sm">
            {matrix.pending.map((p) => (
              <List.Item key={p.participantId}>
                {p.number}. {p.name} ({p.nip})
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {matrix && matrix.rows.length === 0 && <Text>{t('resultsUi.noResults')}</Text>}
      {matrix && matrix.rows.length > 0 && (
        <>
          <Text size="sm" c="dimmed">
            {t('resultsUi.rule', { version: matrix.ruleVersion })}
          </Text>
          <Tabs defaultValue="matrix" keepMounted={false}>
            <Tabs.List>
              {(['matrix', 'summary', 'profile', 'performance', 'nineBox', 'pool'] as const).map((tab) => (
                <Tabs.Tab key={tab} value={tab}>
                  {t(`resultsUi.tabs.${tab}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="matrix" pt="md">
              <MatrixTable matrix={matrix} />
            </Tabs.Panel>
            <Tabs.Panel value="summary" pt="md">
              <SummaryPanel matrix={matrix} />
            </Tabs.Panel>
            <Tabs.Panel value="profile" pt="md">
              <ProfilePanel matrix={matrix} />
            </Tabs.Panel>
            <Tabs.Panel value="performance" pt="md">
              <PerformancePanel matrix={matrix} onSaved={replaceRow} onImported={reload} />
            </Tabs.Panel>
            <Tabs.Panel value="nineBox" pt="md">
              <NineBoxGrid rows={matrix.rows} />
            </Tabs.Panel>
            <Tabs.Panel value="pool" pt="md">
              <TalentPoolList batchId={matrix.batchId} version={matrix} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
