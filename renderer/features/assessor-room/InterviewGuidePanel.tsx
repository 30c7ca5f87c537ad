import { Card, List, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewGuide } from '../../../shared/schemas/interview-guide';
import { STAR_PARTS } from '../../../shared/schemas/interview-guide';
import { GOOD, pick } from './format';
import type { TagCompetency } from './tagging';

/**
 * The BEI guide beside the notes: for the chosen competency the main question, STAR probes,
 * what to listen for and red flags. It follows the competency of the active note when tagged.
 */
export function InterviewGuidePanel({
  guides,
  competencies,
  followCompetency,
}: {
  guides: readonly InterviewGuide[];
  competencies: readonly TagCompetency[];
  followCompetency: string | null;
}) {
  const { t, i18n } = useTranslation();
  // A newly tagged competency brings its guide up; the assessor can still pick another, which
  // holds until the active note's competency changes.
  const [chosen, setChosen] = useState<{ follow: string | null; code: string } | null>(null);
  const picked = chosen && chosen.follow === followCompetency ? chosen.code : null;
  const shown = picked ?? followCompetency ?? competencies[0]?.code ?? null;
  const guide = guides.find((g) => g.competency === shown);
  const lang = i18n.language;
  const list = (items: readonly { id: string; en: string }[]) => (
    <List size="sm" spacing={2}>
      {items.map((x) => (
        <List.Item key={x.id}>{pick(x, lang)}</List.Item>
      ))}
    </List>
  );

  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="guide-heading" data-testid="interview-guide">
      <Stack gap="xs">
        <Title order={2} size="h4" id="guide-heading">
          {t('scoringUi.work.guideHeading')}
        </Title>
        {competencies.length > 1 && (
          <SegmentedControl
            size="xs"
            fullWidth
            aria-label={t('scoringUi.guide.pick')}
            value={shown ?? ''}
            onChange={(v) => setChosen({ follow: followCompetency, code: v })}
            data={competencies.map((c) => ({ value: c.code, label: c.name }))}
          />
        )}
        {!guide && <Text size="sm">{t('scoringUi.guide.none')}</Text>}
        {guide && (
          <>
            <Text fw={600} size="sm">
              {t('scoringUi.guide.mainQuestion')}
            </Text>
            <Text size="sm" data-testid="guide-main-question">
              {pick(guide.mainQuestion, lang)}
            </Text>
            {STAR_PARTS.map((part) => (
              <div key={part}>
                <Text fw={600} size="sm">
                  {t(`scoringUi.guide.${part}`)}
                </Text>
                {list(guide.probes[part])}
              </div>
            ))}
            <Text fw={600} size="sm" c={GOOD}>
              {t('scoringUi.guide.lookFors')}
            </Text>
            {list(guide.lookFors)}
            <Text fw={600} size="sm" c="red.9">
              {t('scoringUi.guide.redFlags')}
            </Text>
            {list(guide.redFlags)}
          </>
        )}
      </Stack>
    </Card>
  );
}
