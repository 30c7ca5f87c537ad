import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../lib/store';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Akun saya: the user's own password, for every role. */
export function AccountSection() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.status?.user?.role);
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="settings-password">
        <Title order={2} size="h3" id="settings-password" mb="sm">
          {t('settingsUi.account.passwordTitle')}
        </Title>
        <ChangePasswordForm />
      </Card>
      {role !== 'admin' && <Text c="dimmed">{t('shell.settings.adminOnly')}</Text>}
    </Stack>
  );
}
