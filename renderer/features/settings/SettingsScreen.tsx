import { Box, Card, Stack, Title } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { RoutedTabs } from '../../components/RoutedTabs';
import { useAppStore } from '../../lib/store';
import { AccountSection } from './AccountSection';
import { AuditSection } from './audit/AuditSection';
import { BackupsSection } from './backups/BackupsSection';
import { PrivacySection } from './privacy/PrivacySection';
import { SecuritySection } from './SecuritySection';
import { defaultTab, tabsFor, type SettingsTabId } from './settings-tabs';
import { UsersSection } from './UsersSection';

const PANELS: Record<SettingsTabId, ComponentType> = {
  account: AccountSection,
  users: UsersSection,
  security: SecuritySection,
  audit: AuditSection,
  backups: BackupsSection,
  privacy: PrivacySection,
};

/**
 * Pengaturan as tabs, one per section the user's role may see, each its own route
 * (/settings/<tab>); only the open section is mounted (see RoutedTabs).
 */
export function SettingsScreen() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.status?.user?.role);

  return (
    <Stack gap="lg">
      {/* The display language is for everyone and every section, so it sits above the tabs. */}
      <Card withBorder padding="lg" component="section" aria-labelledby="settings-language">
        <Title order={2} size="h3" id="settings-language" mb="sm">
          {t('shell.settings.languageTitle')}
        </Title>
        <Box maw={520}>
          <LanguageSwitch description={t('shell.settings.languageHint')} />
        </Box>
      </Card>
      <RoutedTabs
        base="/settings"
        tabs={tabsFor(role)}
        panels={PANELS}
        fallback={defaultTab(role)}
        label={t('settingsUi.tabs.label')}
        tabLabel={(id) => t(`settingsUi.tabs.${id}`)}
        testIdPrefix="settings-tab"
      />
    </Stack>
  );
}
