import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExchangePreview } from '../../../shared/contract/channels/exchange';
import { ConflictCard } from './ConflictCard';
import { tableLabel } from './format';
import { choiceFor, chooseRow, chooseTable, type Decisions } from './resolution';

interface Props {
  preview: ExchangePreview;
  decisions: Decisions;
  onChange(next: Decisions): void;
}

/** Conflicts grouped by table: a table-wide choice, then each row with both versions. */
export function ConflictList({ preview, decisions, onChange }: Props) {
  const { t } = useTranslation();
  const tables = preview.tables.filter((c) => c.conflict > 0);
  if (tables.length === 0) return null;
  return (
    <Stack gap="md" component="section" aria-labelledby="exchange-conflicts" data-testid="conflicts">
      <Title order={3} size="h4" id="exchange-conflicts">
        {t('exchangeUi.conflicts.title', { count: preview.conflictCount })}
      </Title>
      <Text size="sm">{t('exchangeUi.conflicts.intro')}</Text>
      {preview.conflictCount > preview.conflicts.length && (
        <Text size="sm" fw={600}>
          {t('exchangeUi.conflicts.more', { shown: preview.conflicts.length, count: preview.conflictCount })}
        </Text>
      )}
      {tables.map(({ table }) => {
        const label = tableLabel(t, table);
        const chosen = decisions.tables[table];
        return (
          <Stack key={table} gap="sm" data-testid={`conflict-table-${table}`}>
            <Group
              gap="sm"
              wrap="wrap"
              role="group"
              aria-label={t('exchangeUi.conflicts.tableChoice', { table: label })}
            >
              <Text fw={600}>{t('exchangeUi.conflicts.tableChoice', { table: label })}</Text>
              <Button
                size="compact-sm"
                variant={chosen === 'mine' ? 'filled' : 'default'}
                aria-pressed={chosen === 'mine'}
                onClick={() => onChange(chooseTable(decisions, table, 'mine'))}
              >
                {t('exchangeUi.conflicts.keepAll')}
              </Button>
              <Button
                size="compact-sm"
                variant={chosen === 'theirs' ? 'filled' : 'default'}
                aria-pressed={chosen === 'theirs'}
                onClick={() => onChange(chooseTable(decisions, table, 'theirs'))}
              >
                {t('exchangeUi.conflicts.takeAll')}
              </Button>
            </Group>
            {preview.conflicts
              .filter((c) => c.table === table)
              .map((c) => (
                <ConflictCard
                  key={c.id}
                  conflict={c}
                  signerCode={preview.signer.code}
                  choice={choiceFor(decisions, c.table, c.id)}
                  onChoose={(choice) => onChange(chooseRow(decisions, c.table, c.id, choice))}
                />
              ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
