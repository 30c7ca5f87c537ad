import { Alert, Text } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** An area whose feature has not landed: says so plainly, with the issue that delivers it. */
export function NotYetAvailable({ issue }: { issue: number }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" icon={<IconClockHour4 aria-hidden />} data-testid="not-yet-available">
      <Text fw={500}>{t('shell.pending.body', { issue, feature: t(`shell.issues.issue${issue}`) })}</Text>
      <Text size="sm" c="dimmed" mt="xs">
        {t('shell.pending.noData')}
      </Text>
    </Alert>
  );
}
