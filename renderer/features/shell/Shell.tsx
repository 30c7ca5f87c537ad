import { AppShell, Burger, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { AREAS, areaPath } from '../../app/areas';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { attemptLeave } from '../../lib/leave-guard';
import { useAppStore } from '../../lib/store';
import { AreaPage } from './AreaPage';
import { NavLinks } from './NavLinks';

/** The signed-in frame: header (office, user, language, sign out), navigation, the area. */
export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const status = useAppStore((s) => s.status);
  const logout = useAppStore((s) => s.logout);
  const user = status?.user;

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 270, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a
        href="#main-content"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.nav.toggle')} />
            <Text fw={700} c="blue.9" size="lg">
              {t('app.name')}
            </Text>
            <Text truncate="end" fw={500} data-testid="header-office" visibleFrom="xs">
              {status?.office?.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {user && (
              <Text size="sm" visibleFrom="md" data-testid="header-user">
                {t('shell.header.signedInAs', { name: user.displayName, role: t(`shell.roles.${user.role}`) })}
              </Text>
            )}
            {/* With a long office name, the user line wraps; the controls keep their full width. */}
            <div style={{ flexShrink: 0 }}>
              <LanguageSwitch hideLabel />
            </div>
            {/* An editor with unsaved changes asks first (lib/leave-guard). */}
            <Button
              style={{ flexShrink: 0 }}
              variant="default"
              leftSection={<IconLogout size={18} aria-hidden />}
              onClick={() => attemptLeave(() => void logout())}
            >
              {t('shell.header.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.nav.label')}>
        <NavLinks onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Routes>
          {AREAS.map((area) => (
            // "/*" lets an area's screen keep its own nested routes (e.g. /participants/<id>).
            <Route
              key={area.id}
              path={area.id === 'home' ? '/' : `${areaPath(area)}/*`}
              element={<AreaPage area={area} />}
            />
          ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
