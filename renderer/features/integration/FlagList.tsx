import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowsDiff, IconCircleDashed } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { levelText, WARN } from '../assessor-room/format';
import type { CellFlag } from './types';

export function flagText(t: TFunction, flag: CellFlag, language: string, exerciseName: (id: string) => string): string {
  switch (flag.kind) {
    case 'spread':
      return t('scoringUi.integration.flagSpread', {
        min: levelText(flag.min, language),
        max: levelText(flag.max, language),
      });
    case 'single-exercise':
      return t('scoringUi.integration.flagSingle', { exercise: exerciseName(flag.exercise) });
    case 'missing':
      return t('scoringUi.integration.flagMissing', { exercise: exerciseName(flag.exercise) });
  }
}

const ICONS = { spread: IconArrowsDiff, 'single-exercise': IconCircleDashed, missing: IconAlertTriangle } as const;

/** Each flag as an icon with its text (never colour or icon alone). */
export function FlagList({
  flags,
  exerciseName,
}: {
  flags: readonly CellFlag[];
  exerciseName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="flags">
      {flags.map((f, i) => {
        const Icon = ICONS[f.kind];
        return (
          <li key={`${f.kind}-${i}`} data-flag={f.kind}>
            <Group gap={4} wrap="nowrap" align="flex-start">
              <Icon
                size={14}
                aria-hidden
                color={WARN}
                style={{ flexShrink: 0, marginTop: 2 }}
              />
              <Text size="xs" c={WARN} fw={600}>
                {flagText(t, f, i18n.language, exerciseName)}
              </Text>
            </Group>
          </li>
        );
      })}
    </ul>
  );
}
