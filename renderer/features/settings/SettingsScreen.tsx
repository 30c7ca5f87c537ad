import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useAppStore } from '../../lib/store';
import { UsersSection } from './UsersSection';

/** Pengaturan: the display language for everyone; user management for administrators only. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.status?.user?.role);
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="settings-language">
        <Title order={2} size="h3" id="settings-language" mb="sm">
          {t('shell.settings.languageTitle')}
        </Title>
        <LanguageSwitch description={t('shell.settings.languageHint')} />
      </Card>
      {role === 'admin' ? <UsersSection /> : <Text c="dimmed">{t('shell.settings.adminOnly')}</Text>}
    </Stack>
  );
}
