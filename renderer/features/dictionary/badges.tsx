import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompetencyType } from '../../../shared/schemas/framework';

// Filled badges in dark shades: white text keeps 4.5:1 contrast (Mantine's light variants do not).
const TYPE_COLOURS: Record<CompetencyType, string> = {
  manajerial: 'blue.9',
  'sosial-kultural': 'grape.9',
  teknis: 'teal.9',
};

export function TypeBadge({ type }: { type: CompetencyType | null }) {
  const { t } = useTranslation();
  if (!type) return null;
  return (
    <Badge color={TYPE_COLOURS[type]} variant="filled" size="sm" style={{ flexShrink: 0 }}>
      {t(`dictionaryUi.types.${type}`)}
    </Badge>
  );
}

export function RetiredBadge({ retired }: { retired: boolean }) {
  const { t } = useTranslation();
  if (!retired) return null;
  return (
    <Badge color="gray.8" variant="filled" size="sm" style={{ flexShrink: 0 }}>
      {t('dictionaryUi.common.retired')}
    </Badge>
  );
}
