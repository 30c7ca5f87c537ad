import { Alert, Button, Group, List } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../shared/contract';
import { errorLines } from '../lib/api';

/**
 * Shows an error envelope: the main side's localised message and each "path: message" detail.
 * `onLoadLatest`: after a STALE refusal (someone saved since this was opened), the way to their
 * version; the screen decides what happens to the refused draft.
 */
export function ErrorAlert({ error, onLoadLatest }: { error: EnvelopeError | null; onLoadLatest?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const [message, ...details] = errorLines(error);
  return (
    <Alert
      color="red"
      role="alert"
      title={t('shell.errorTitle')}
      icon={<IconAlertTriangle aria-hidden />}
      data-testid="error-alert"
    >
      {message}
      {details.length > 0 && (
        <List size="sm" mt="xs">
          {details.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
      {onLoadLatest && error.code === 'STALE' && (
        <Group mt="xs">
          <Button size="xs" variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onLoadLatest}>
            {t('shell.common.loadLatest')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
