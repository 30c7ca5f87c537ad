import { Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResultsMatrix } from '../../../shared/schemas/results';
import { formatNumber, lang } from './gap-tone';

/** Category distribution and the average gap per competency, as bars with the numbers beside them. */
export function SummaryPanel({ matrix }: { matrix: ResultsMatrix }) {
  const { t, i18n } = useTranslation();
  const l = lang(i18n.language);
  const total = matrix.distribution.reduce((s, d) => s + d.count, 0) || 1;
  const names = new Map(matrix.competencies.map((c) => [c.competency, c.name[l]]));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="xs" component="section" aria-labelledby="dist-title">
        <Title order={3} size="h4" id="dist-title">
          {t('resultsUi.summary.distribution')}
        </Title>
        {matrix.distribution.map((d) => (
          <div key={d.category} data-testid={`distribution-${d.category}`}>
            <Group justify="space-between">
              <Text size="sm">
                {d.category} — {t(`resultsUi.category.${d.category}`)}
              </Text>
              <Text size="sm" fw={600}>
                {d.count}
              </Text>
            </Group>
            <Progress value={(d.count / total) * 100} aria-hidden size="lg" />
          </div>
        ))}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="avg-title">
        <Title order={3} size="h4" id="avg-title">
          {t('resultsUi.summary.averageGap')}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('resultsUi.summary.competency')}</Table.Th>
              <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('resultsUi.summary.average')}
              </Table.Th>
              <Table.Th scope="col" w="40%" aria-hidden />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.averageGap.map((a) => (
              <Table.Tr key={a.competency}>
                <Table.Td>{names.get(a.competency) ?? a.competency}</Table.Td>
                <Table.Td ta="right">
                  {a.average === null ? t('resultsUi.summary.none') : formatNumber(a.average, l)}
                </Table.Td>
                <Table.Td aria-hidden>
                  {a.average !== null && a.average < 0 && (
                    <Progress value={Math.min(100, (-a.average / 2) * 100)} color="red.7" size="md" />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </SimpleGrid>
  );
}
