import { Alert, Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconLock, IconSend } from '@tabler/icons-react';
import { forwardRef, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { AssignmentWork, RatingView } from '../../../shared/schemas/scoring';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { liveEvidence } from './evidence';
import { dateTime, WARN } from './format';
import { RubricRowCard } from './RubricRowCard';
import { indicatorIndex, type TagCompetency } from './tagging';
import type { NoteDraft } from './use-note-autosave';

interface Props {
  work: AssignmentWork;
  notes: readonly NoteDraft[];
  competencies: readonly TagCompetency[];
  readOnly: boolean;
  /** Coordinators only; the main side refuses anyone else anyway. */
  canReopen: boolean;
  onChanged(): void;
}

/** The rubric of the exercise, the submit with confirmation, and the locked view after it. */
export const Rubric = forwardRef<HTMLHeadingElement, Props>(function Rubric(
  { work, notes, competencies, readOnly, canReopen, onChanged },
  headingRef,
) {
  const { t, i18n } = useTranslation();
  const id = work.assignment.assignmentId;
  const index = useMemo(() => indicatorIndex(competencies), [competencies]);
  const [ratings, setRatings] = useState<Map<string, RatingView>>(
    () => new Map(work.rubric.flatMap((r) => (r.rating ? [[r.competency, r.rating] as const] : []))),
  );
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<EnvelopeError | null>(null);
  const submitted = work.submittedAt !== null;
  const locked = readOnly || submitted;
  const missing = work.rubric.filter((r) => !ratings.has(r.competency)).length;

  const submit = async () => {
    const reply = await call('ratings.submit', { assignmentId: id });
    setConfirming(false);
    setError(reply.ok ? null : reply.error);
    if (reply.ok) onChanged();
  };
  const reopen = async () => {
    const reply = await call('ratings.reopen', { assignmentId: id, reason: reason.trim() });
    setError(reply.ok ? null : reply.error);
    if (reply.ok) {
      setReopening(false);
      onChanged();
    }
  };

  return (
    <Stack gap="md" data-testid="rubric">
      <Title order={2} size="h4" ref={headingRef} tabIndex={-1} id="rubric-heading">
        {t('scoringUi.work.rubricHeading')}
      </Title>
      {submitted && (
        <Alert color="green" icon={<IconLock aria-hidden />} data-testid="submitted-banner">
          {t('scoringUi.work.submittedAt', { at: dateTime(work.submittedAt!, i18n.language) })}
        </Alert>
      )}
      {work.rubric.map((row) => (
        <RubricRowCard
          key={row.competency}
          assignmentId={id}
          row={row}
          rating={ratings.get(row.competency) ?? null}
          evidence={liveEvidence(notes, row.competency, (ind) => index.get(ind)?.level)}
          indicatorLabel={(ind) => index.get(ind)?.code ?? ind}
          halfLevels={work.halfLevels}
          readOnly={locked}
          onSaved={(r) => setRatings((m) => new Map(m).set(r.competency, r))}
        />
      ))}
      <ErrorAlert error={error} />
      <Group>
        {!locked && (
          <Button leftSection={<IconSend size={18} aria-hidden />} onClick={() => setConfirming(true)}>
            {t('scoringUi.rubric.submit')}
          </Button>
        )}
        {submitted && canReopen && (
          <Button variant="default" onClick={() => setReopening(true)}>
            {t('scoringUi.rubric.reopen')}
          </Button>
        )}
      </Group>
      <Modal closeButtonProps={{ 'aria-label': t('planning.common.close') }} opened={confirming} onClose={() => setConfirming(false)} title={t('scoringUi.rubric.submitTitle')}>
        <Stack>
          <Text>{t('scoringUi.rubric.submitBody')}</Text>
          {missing > 0 && (
            <Text c={WARN} fw={600}>
              {t('scoringUi.rubric.submitMissing', { count: missing })}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('scoringUi.rubric.cancel')}
            </Button>
            <Button onClick={() => void submit()} data-autofocus>
              {t('scoringUi.rubric.confirmSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal closeButtonProps={{ 'aria-label': t('planning.common.close') }} opened={reopening} onClose={() => setReopening(false)} title={t('scoringUi.rubric.reopen')}>
        <Stack>
          <Textarea
            label={t('scoringUi.rubric.reopenReason')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button onClick={() => void reopen()} disabled={reason.trim() === ''}>
              {t('scoringUi.rubric.reopen')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
});
