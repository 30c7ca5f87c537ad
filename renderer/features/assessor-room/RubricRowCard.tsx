import { Badge, Button, Card, Grid, Group, List, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { RatingView, RubricRow } from '../../../shared/schemas/scoring';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { levelSteps, requiredBecause, type LiveEvidence } from './evidence';
import { GOOD, levelText, pick, WARN } from './format';

interface Props {
  assignmentId: string;
  row: RubricRow;
  rating: RatingView | null;
  evidence: LiveEvidence;
  indicatorLabel(id: string): string;
  halfLevels: boolean;
  readOnly: boolean;
  onSaved(rating: RatingView): void;
}

/** One competency: the anchored scale beside the evidence, the level, the rationale. */
export function RubricRowCard({
  assignmentId,
  row,
  rating,
  evidence,
  indicatorLabel,
  halfLevels,
  readOnly,
  onSaved,
}: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = pick(row.name, lang);
  const [level, setLevel] = useState<number | null>(rating?.level ?? null);
  const [rationale, setRationale] = useState(rating?.rationale ?? '');
  const [missingRationale, setMissingRationale] = useState(false);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [busy, setBusy] = useState(false);
  const reason = requiredBecause(evidence, level);
  const reasonText =
    reason === 'no-evidence'
      ? t('scoringUi.rubric.reasonNoEvidence')
      : reason === 'departs-from-evidence'
        ? t('scoringUi.rubric.reasonDeparts', { level: levelText(evidence.evidenceLevel ?? 0, lang) })
        : null;
  const withoutEvidence = rating?.ratedWithoutEvidence === true || (level !== null && evidence.tagged === 0);
  const dirty = level !== null && (level !== rating?.level || rationale.trim() !== (rating?.rationale ?? ''));
  const slug = row.competency.replace(/[^A-Za-z0-9]/g, '-');

  const save = async () => {
    if (level === null) return;
    if (reason && rationale.trim() === '') {
      setMissingRationale(true);
      return;
    }
    setBusy(true);
    const reply = await call('ratings.save', {
      assignmentId,
      competency: row.competency,
      level,
      rationale: rationale.trim(),
    });
    setBusy(false);
    setError(reply.ok ? null : reply.error);
    if (reply.ok) onSaved(reply.value);
  };

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby={`rubric-${slug}`}
      data-testid={`rubric-${row.competency}`}
    >
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={`rubric-${slug}`}>
          {name}
        </Title>
        <Group gap="xs">
          {withoutEvidence && (
            <Badge
              color={WARN}
              variant="filled"
              leftSection={<IconAlertTriangle size={12} aria-hidden />}
              data-testid="without-evidence"
            >
              {t('scoringUi.rubric.withoutEvidence')}
            </Badge>
          )}
          <Badge variant="filled" color={rating ? GOOD : 'gray.8'}>
            {rating
              ? t('scoringUi.rubric.rated', { level: levelText(rating.level, lang) })
              : t('scoringUi.rubric.notRated')}
          </Badge>
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Text fw={600} size="sm" mb={4}>
            {t('scoringUi.rubric.levels')}
          </Text>
          <Stack gap={6}>
            {row.levels.map((lv) => {
              const suggested = evidence.evidenceLevel !== null && Math.floor(evidence.evidenceLevel) === lv.level;
              const picked = level !== null && Math.floor(level) === lv.level;
              return (
                <Card
                  key={lv.level}
                  padding={6}
                  withBorder
                  bg={picked ? 'blue.0' : suggested ? 'green.0' : undefined}
                  data-testid={`anchor-${row.competency}-${lv.level}`}
                >
                  <Text size="sm" fw={600}>
                    {t('scoringUi.rubric.level', { level: lv.level })} — {pick(lv.description, lang)}
                  </Text>
                  <List size="xs" spacing={0}>
                    {lv.indicators.map((ind) => (
                      <List.Item key={ind.idNumber}>
                        <b>{ind.name}</b> {pick(ind.description, lang)}
                      </List.Item>
                    ))}
                  </List>
                </Card>
              );
            })}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('scoringUi.rubric.evidence')}
            </Text>
            <Text size="sm" data-testid="evidence-counts">
              {t('scoringUi.rubric.counts', {
                tagged: evidence.tagged,
                positive: evidence.positive,
                negative: evidence.negative,
              })}
            </Text>
            <Text size="sm" fw={600} data-testid="evidence-suggestion">
              {evidence.evidenceLevel !== null
                ? t('scoringUi.rubric.suggested', { level: levelText(evidence.evidenceLevel, lang) })
                : t('scoringUi.rubric.noSuggestion')}
            </Text>
            {evidence.notes.length > 0 && (
              <List size="xs" spacing={2} aria-label={t('scoringUi.rubric.noteList')}>
                {evidence.notes.map((n) => (
                  <List.Item key={n.id}>
                    <b>{n.polarity === 'positive' ? '+' : n.polarity === 'negative' ? '−' : '·'}</b>{' '}
                    {n.indicator ? indicatorLabel(n.indicator) : t('scoringUi.rubric.noIndicator')}:{' '}
                    {n.text.slice(0, 140)}
                  </List.Item>
                ))}
              </List>
            )}
            <Radio.Group
              label={t('scoringUi.rubric.pickLevel', { name })}
              value={level === null ? null : String(level)}
              onChange={(v) => {
                setLevel(Number(v));
                setMissingRationale(false);
              }}
            >
              <Group gap="sm" mt={4}>
                {levelSteps(halfLevels).map((l) => (
                  <Radio key={l} value={String(l)} label={levelText(l, lang)} disabled={readOnly} />
                ))}
              </Group>
            </Radio.Group>
            {reasonText && (
              <Text size="sm" c={WARN} fw={600} data-testid="rationale-reason">
                {reasonText}
              </Text>
            )}
            <Textarea
              label={t('scoringUi.rubric.rationale')}
              required={reason !== null}
              value={rationale}
              readOnly={readOnly}
              rows={2}
              error={missingRationale && reason ? t('scoringUi.rubric.rationaleRequired') : undefined}
              onChange={(e) => {
                setRationale(e.currentTarget.value);
                setMissingRationale(false);
              }}
            />
            <ErrorAlert error={error} />
            {!readOnly && (
              <Group>
                <Button
                  size="sm"
                  onClick={() => void save()}
                  loading={busy}
                  disabled={level === null || (!dirty && rating !== null)}
                >
                  {t('scoringUi.rubric.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Card>
  );
}
