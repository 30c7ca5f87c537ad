import { List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNameBook } from './name-book';
import type { BatchState } from './use-batch';
import { warningText } from './warning-text';

/** Peringatan: batches.warnings as sentences with their reasons; refreshed after every change. */
export function WarningsTab({ state }: { state: BatchState }) {
  const { t } = useTranslation();
  const names = useNameBook(state);
  if (state.warnings.length === 0) {
    return (
      <Text data-testid="no-warnings">
        <IconCircleCheck
          size={18}
          aria-hidden
          style={{ verticalAlign: 'text-bottom', color: 'var(--mantine-color-green-8)' }}
        />{' '}
        {t('planning.warnings.none')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm">{t('planning.warnings.intro')}</Text>
      <List
        spacing="xs"
        data-testid="warnings"
        icon={
          <ThemeIcon color="#a63c06" size={22} radius="xl">
            <IconAlertTriangle size={14} aria-hidden />
          </ThemeIcon>
        }
      >
        {state.warnings.map((w, i) => (
          <List.Item key={`${w.code}-${i}`}>{warningText(t, w, names)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
