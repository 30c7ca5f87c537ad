import { Badge, Box, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResultsMatrix } from '../../../shared/schemas/results';
import { formatNumber, gapTone, lang, signed, TONE_BACKGROUND } from './gap-tone';

/** Participants × competencies, each cell the achieved level coloured by its gap, then JPM, category, box. */
export function MatrixTable({ matrix }: { matrix: ResultsMatrix }) {
  const { t, i18n } = useTranslation();
  const l = lang(i18n.language);
  return (
    <>
      {/* A focusable region so keyboard users can scroll a wide matrix sideways. */}
      <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('resultsUi.matrix.caption')}>
        <Table
          withTableBorder
          withColumnBorders
          miw={700}
          fz="sm"
          horizontalSpacing={6}
          verticalSpacing={4}
          data-testid="results-matrix"
        >
          <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 8 }}>
            {t('resultsUi.matrix.caption')}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('resultsUi.matrix.number')}</Table.Th>
              <Table.Th scope="col">{t('resultsUi.matrix.participant')}</Table.Th>
              {matrix.competencies.map((c) => (
                <Table.Th
                  scope="col"
                  key={c.competency}
                  title={`${c.name[l]} — ${t('resultsUi.matrix.required', { level: c.required })}`}
                  ta="center"
                >
                  <Text size="xs" fw={700}>
                    {c.competency}
                  </Text>
                  <Text size="xs" c="dimmed">
                    <VisuallyHidden>{t('resultsUi.matrix.requiredPrefix')}</VisuallyHidden>
                    {c.required}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('resultsUi.matrix.jpm')}
              </Table.Th>
              <Table.Th scope="col">{t('resultsUi.matrix.category')}</Table.Th>
              <Table.Th scope="col" ta="center">
                {t('resultsUi.matrix.nineBox')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.rows.map((row) => (
              <Table.Tr key={row.participantId} data-testid={`result-row-${row.nip}`}>
                <Table.Td>{row.number}</Table.Td>
                <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {row.name}
                  {row.expired && (
                    <Badge ml="xs" color="gray.8" size="sm">
                      {t('resultsUi.profile.expired')}
                    </Badge>
                  )}
                </Table.Th>
                {matrix.competencies.map((c) => {
                  const g = row.gaps.find((x) => x.competency === c.competency);
                  if (!g) return <Table.Td key={c.competency} />;
                  const tone = gapTone(g.gap);
                  return (
                    <Table.Td
                      key={c.competency}
                      ta="center"
                      data-tone={tone}
                      data-testid={`cell-${row.nip}-${c.competency}`}
                      style={{ background: TONE_BACKGROUND[tone], color: '#1a1a1a' }}
                      aria-label={t('resultsUi.matrix.cell', {
                        achieved: g.achieved,
                        required: g.required,
                        gap: signed(g.gap),
                      })}
                    >
                      {g.achieved}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right" data-testid={`jpm-${row.nip}`}>
                  {formatNumber(row.jpm, l)}%
                </Table.Td>
                <Table.Td data-testid={`category-${row.nip}`} title={t(`resultsUi.category.${row.category}`)}>
                  {row.category}
                </Table.Td>
                <Table.Td ta="center">{row.nineBox ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Text size="sm" c="dimmed">
        {t('resultsUi.matrix.legend')}
      </Text>
    </>
  );
}
