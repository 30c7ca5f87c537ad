import { ActionIcon, Box, Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FrameworkNode } from '../../../shared/schemas/framework';
import { RetiredBadge } from './badges';
import { textOf, type CompetencyView } from './dictionary-model';

export interface LevelActions {
  editLevel(level: FrameworkNode): void;
  editIndicator(indicator: FrameworkNode): void;
  removeIndicator(indicator: FrameworkNode): void;
  addIndicator(level: FrameworkNode): void;
}

/** The competency's five levels side by side (one column each on wide screens), with their indicators. */
export function LevelColumns({ competency, actions }: { competency: CompetencyView; actions: LevelActions | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Box component="section" aria-labelledby="levels-title">
      <Title order={2} size="h3" id="levels-title" mb="sm">
        {t('dictionaryUi.dictionary.levels')} — {textOf(competency.node.name, lang)}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: Math.max(1, Math.min(5, competency.levels.length)) }} spacing="sm">
        {competency.levels.map((l) => {
          const level = l.node.level ?? '';
          return (
            <Paper
              key={l.node.idNumber}
              withBorder
              p="sm"
              component="section"
              aria-labelledby={`level-${l.node.idNumber}`}
              data-testid={`level-${l.node.idNumber}`}
            >
              <Group justify="space-between" wrap="nowrap" gap={4} mb={4}>
                <Title order={3} size="h5" id={`level-${l.node.idNumber}`}>
                  {t('dictionaryUi.common.level', { level })}
                </Title>
                {actions && (
                  <ActionIcon
                    variant="subtle"
                    color="blue.9"
                    size="sm"
                    aria-label={t('dictionaryUi.dictionary.editLevel', { level })}
                    onClick={() => actions.editLevel(l.node)}
                  >
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
              <Text size="sm" mb="xs">
                {textOf(l.node.description, lang)}
              </Text>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
                {t('dictionaryUi.dictionary.indicators')}
              </Text>
              <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {l.indicators.map((i) => {
                  const code = textOf(i.name, lang);
                  return (
                    <Box component="li" key={i.idNumber} mb={6} data-testid={`indicator-${i.idNumber}`}>
                      <Text size="sm">
                        <Text component="span" fw={700} size="sm">
                          {code}
                        </Text>{' '}
                        {textOf(i.description, lang)} <RetiredBadge retired={i.retired} />
                      </Text>
                      {actions && (
                        <Group gap={2} justify="flex-end">
                          <ActionIcon
                            variant="subtle"
                            color="blue.9"
                            size="sm"
                            aria-label={t('dictionaryUi.dictionary.editIndicator', { code })}
                            onClick={() => actions.editIndicator(i)}
                          >
                            <IconPencil size={15} aria-hidden />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="red.9"
                            size="sm"
                            aria-label={t('dictionaryUi.dictionary.removeIndicator', { code })}
                            onClick={() => actions.removeIndicator(i)}
                          >
                            <IconTrash size={15} aria-hidden />
                          </ActionIcon>
                        </Group>
                      )}
                    </Box>
                  );
                })}
              </Box>
              {actions && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => actions.addIndicator(l.node)}
                  aria-label={t('dictionaryUi.dictionary.addIndicator', { level })}
                >
                  {t('dictionaryUi.dictionary.addIndicatorRow')}
                </Button>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </Box>
  );
}
