import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../shared/contract';
import { errorLines } from '../lib/api';

/** Shows an error envelope: the main side's localised message and each "path: message" detail. */
export function ErrorAlert({ error }: { error: EnvelopeError | null }) {
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
    </Alert>
  );
}
