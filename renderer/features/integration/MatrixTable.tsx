import { Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationMatrix } from '../../../shared/schemas/scoring';
import { useAppStore } from '../../lib/store';
import { levelText, pick } from '../assessor-room/format';
import { DecideModal } from './DecideModal';
import { FlagList } from './FlagList';
import { LockControls } from './LockControls';
import type { MatrixCell, MatrixRow } from './types';

/** Participants × competencies; every cell opens the decision for it (unless the row is locked). */
export function MatrixTable({ matrix, onChanged }: { matrix: IntegrationMatrix; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const role = useAppStore((s) => s.status?.user?.role);
  const [open, setOpen] = useState<{ row: MatrixRow; cell: MatrixCell } | null>(null);
  const exerciseName = (id: string) => matrix.exercises.find((e) => e.id === id)?.name ?? id;

  return (
    <>
      <Table.ScrollContainer minWidth={260 + matrix.competencies.length * 190}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" captionSide="top" data-testid="integration-matrix">
          <Table.Caption style={{ textAlign: 'left' }}>{t('scoringUi.integration.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('scoringUi.integration.participant')}</Table.Th>
              {matrix.competencies.map((c) => (
                <Table.Th scope="col" key={c.competency}>
                  {pick(c.name, lang)}
                  <Text size="xs" fw={400}>
                    {t('scoringUi.integration.required', { level: levelText(c.requiredLevel, lang) })}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.participants.map((row) => (
              <Table.Tr
                key={row.participantId}
                data-testid={`row-${row.participantId}`}
                data-locked={row.lock ? 'true' : 'false'}
                bg={row.lock ? 'gray.1' : undefined}
              >
                <Table.Th scope="row" style={{ verticalAlign: 'top', minWidth: 200 }}>
                  <Text fw={600} size="sm">
                    {row.name}
                  </Text>
                  <Text size="xs" fw={400} mb={4}>
                    NIP {row.nip}
                  </Text>
                  <LockControls batchId={matrix.batchId} row={row} onChanged={onChanged} />
                </Table.Th>
                {row.cells.map((cell) => {
                  const comp = matrix.competencies.find((c) => c.competency === cell.competency);
                  const content = (
                    <Stack gap={2}>
                      {cell.ratings.map((r) => (
                        <Text size="xs" key={r.assignmentId}>
                          {t('scoringUi.integration.rating', {
                            exercise: r.exerciseName,
                            assessor: r.assessorName,
                            level: levelText(r.level, lang),
                            count: r.evidenceCount,
                          })}
                          {r.ratedWithoutEvidence && ` — ${t('scoringUi.integration.withoutEvidence')}`}
                        </Text>
                      ))}
                      <FlagList flags={cell.flags} exerciseName={exerciseName} />
                      <Text size="xs">
                        {cell.suggestedLevel !== null
                          ? t('scoringUi.integration.suggested', { level: levelText(cell.suggestedLevel, lang) })
                          : t('scoringUi.integration.noSuggested')}
                      </Text>
                      <Text size="sm" fw={700} c={cell.decision ? 'blue.9' : undefined} data-testid="cell-final">
                        {cell.decision
                          ? t('scoringUi.integration.final', { level: levelText(cell.decision.finalLevel, lang) })
                          : t('scoringUi.integration.undecided')}
                      </Text>
                    </Stack>
                  );
                  return (
                    <Table.Td
                      key={cell.competency}
                      style={{ verticalAlign: 'top' }}
                      data-testid={`cell-${row.participantId}-${cell.competency}`}
                    >
                      {row.lock ? (
                        content
                      ) : (
                        <UnstyledButton
                          onClick={() => setOpen({ row, cell })}
                          w="100%"
                          title={t('scoringUi.integration.openCell', {
                            competency: comp ? pick(comp.name, lang) : cell.competency,
                            participant: row.name,
                          })}
                          className="matrix-cell"
                        >
                          {content}
                        </UnstyledButton>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" data-testid="rule-statement">
        <b>{t('scoringUi.integration.rule')}:</b> {pick(matrix.rule.statement, lang)}
      </Text>
      {open && (
        <DecideModal
          matrix={matrix}
          row={open.row}
          cell={open.cell}
          canReopen={role === 'coordinator'}
          onClose={() => setOpen(null)}
          onChanged={onChanged}
        />
      )}
    </>
  );
}
