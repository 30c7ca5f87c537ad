import { Box, Card, Stack, Tabs, Title } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
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
 * Pengaturan as tabs, one per section, each its own route (/settings/<tab>) so a section can be
 * linked and survives a reload. Arrow keys move between tabs (Mantine's tablist); only the
 * open section is mounted, so each asks the main side for its data when opened.
 */
export function SettingsScreen() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.status?.user?.role);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const allowed = tabsFor(role);
  const asked = pathname.split('/')[2] as SettingsTabId | undefined;
  const tab = asked && allowed.includes(asked) ? asked : defaultTab(role);

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
      <Tabs
        value={tab}
        onChange={(next) => next && void navigate(`/settings/${next}`)}
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List aria-label={t('settingsUi.tabs.label')} mb="lg">
          {allowed.map((id) => (
            <Tabs.Tab key={id} value={id} data-testid={`settings-tab-${id}`}>
              {t(`settingsUi.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {allowed.map((id) => {
          const Panel = PANELS[id];
          return (
            <Tabs.Panel key={id} value={id}>
              <Panel />
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
