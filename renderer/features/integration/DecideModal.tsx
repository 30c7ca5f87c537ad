import { Button, Group, List, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { IntegrationMatrix } from '../../../shared/schemas/scoring';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { levelSteps } from '../assessor-room/evidence';
import { levelText, pick, WARN } from '../assessor-room/format';
import { FlagList } from './FlagList';
import type { MatrixCell, MatrixRow } from './types';

interface Props {
  matrix: IntegrationMatrix;
  row: MatrixRow;
  cell: MatrixCell;
  canReopen: boolean;
  onClose(): void;
  onChanged(): void;
}

/** The meeting's decision on one cell: the ratings and flags, the suggestion, the final level. */
export function DecideModal({ matrix, row, cell, canReopen, onClose, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const comp = matrix.competencies.find((c) => c.competency === cell.competency);
  const compName = comp ? pick(comp.name, lang) : cell.competency;
  const initial = cell.decision?.finalLevel ?? cell.suggestedLevel;
  const [level, setLevel] = useState<number | null>(initial);
  const [rationale, setRationale] = useState(cell.decision?.rationale ?? '');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [reopenFor, setReopenFor] = useState<string | null>(null);
  const [reopenReason, setReopenReason] = useState('');
  const exerciseName = (id: string) => matrix.exercises.find((e) => e.id === id)?.name ?? id;
  const needsReason =
    level === null
      ? null
      : cell.suggestedLevel === null
        ? t('scoringUi.integration.reasonNoSuggestion')
        : level !== cell.suggestedLevel
          ? t('scoringUi.integration.reasonDiffers', { level: levelText(cell.suggestedLevel, lang) })
          : null;

  const save = async () => {
    if (level === null) return;
    if (needsReason && rationale.trim() === '') return setMissing(true);
    const reply = await call('integration.decide', {
      batchId: matrix.batchId,
      participantId: row.participantId,
      competency: cell.competency,
      finalLevel: level,
      rationale: rationale.trim(),
    });
    if (!reply.ok) return setError(reply.error);
    onChanged();
    onClose();
  };

  const reopen = async (assignmentId: string) => {
    const reply = await call('ratings.reopen', { assignmentId, reason: reopenReason.trim() });
    if (!reply.ok) return setError(reply.error);
    setReopenFor(null);
    onChanged();
    onClose();
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': t('planning.common.close') }}
      opened
      onClose={onClose}
      size="lg"
      title={t('scoringUi.integration.decideTitle', { competency: compName, participant: row.name })}
    >
      <Stack gap="sm" data-testid="decide-modal">
        <Text fw={600} size="sm">
          {t('scoringUi.integration.ratings')}
        </Text>
        <List size="sm" spacing={4}>
          {cell.ratings.map((r) => (
            <List.Item key={r.assignmentId}>
              {t('scoringUi.integration.rating', {
                exercise: r.exerciseName,
                assessor: r.assessorName,
                level: levelText(r.level, lang),
                count: r.evidenceCount,
              })}
              {r.ratedWithoutEvidence && ` — ${t('scoringUi.integration.withoutEvidence')}`}
              {r.rationale && <Text size="xs">{t('scoringUi.integration.rationaleShown', { text: r.rationale })}</Text>}
              {canReopen && !row.lock && reopenFor !== r.assignmentId && (
                <Button size="compact-xs" variant="subtle" onClick={() => setReopenFor(r.assignmentId)}>
                  {t('scoringUi.integration.reopen')}
                </Button>
              )}
              {reopenFor === r.assignmentId && (
                <Group align="flex-end" gap="xs" mt={4}>
                  <Textarea
                    label={t('scoringUi.integration.reopenReason')}
                    required
                    value={reopenReason}
                    onChange={(e) => setReopenReason(e.currentTarget.value)}
                    style={{ flex: 1 }}
                  />
                  <Button size="xs" disabled={reopenReason.trim() === ''} onClick={() => void reopen(r.assignmentId)}>
                    {t('scoringUi.integration.confirmReopen')}
                  </Button>
                </Group>
              )}
            </List.Item>
          ))}
        </List>
        <FlagList flags={cell.flags} exerciseName={exerciseName} />
        <Text size="sm" fw={600} data-testid="decide-suggested">
          {cell.suggestedLevel !== null
            ? t('scoringUi.integration.suggested', { level: levelText(cell.suggestedLevel, lang) })
            : t('scoringUi.integration.noSuggested')}
        </Text>
        <Text size="xs">{pick(matrix.rule.statement, lang)}</Text>
        <Radio.Group
          label={t('scoringUi.integration.finalLevel')}
          value={level === null ? null : String(level)}
          onChange={(v) => {
            setLevel(Number(v));
            setMissing(false);
          }}
        >
          <Group gap="sm" mt={4}>
            {levelSteps(matrix.rule.halfLevels).map((l) => (
              <Radio key={l} value={String(l)} label={levelText(l, lang)} />
            ))}
          </Group>
        </Radio.Group>
        {needsReason && (
          <Text size="sm" c={WARN} fw={600} data-testid="decide-reason">
            {needsReason}
          </Text>
        )}
        <Textarea
          label={t('scoringUi.integration.rationale')}
          required={needsReason !== null}
          rows={2}
          value={rationale}
          error={missing && needsReason ? t('scoringUi.rubric.rationaleRequired') : undefined}
          onChange={(e) => {
            setRationale(e.currentTarget.value);
            setMissing(false);
          }}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('scoringUi.integration.cancel')}
          </Button>
          <Button onClick={() => void save()} disabled={level === null}>
            {t('scoringUi.integration.decide')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
