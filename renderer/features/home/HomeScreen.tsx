import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../lib/store';
import { FactList } from '../../components/FactList';
import { DemoStart } from './DemoStart';
import { DiskEncryptionNotice } from './DiskEncryptionNotice';

/** Beranda: who and where we are — the office identity and the signed-in user with their role. */
export function HomeScreen() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.status);
  const office = status?.office;
  const user = status?.user;
  return (
    <Stack gap="lg">
      {user && <Text size="lg">{t('shell.home.welcome', { name: user.displayName })}</Text>}
      <DiskEncryptionNotice />
      <DemoStart />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {office && (
          <Card withBorder padding="lg" component="section" aria-labelledby="home-office" data-testid="home-office">
            <Title order={2} size="h3" id="home-office" mb="sm">
              {t('shell.home.officeTitle')}
            </Title>
            <Text fw={600} size="lg" mb="xs">
              {office.name}
            </Text>
            <FactList
              facts={[
                [t('shell.home.code'), office.code],
                [t('shell.home.province'), office.province],
                [t('shell.home.agency'), office.agency],
              ]}
            />
          </Card>
        )}
        {user && (
          <Card withBorder padding="lg" component="section" aria-labelledby="home-user" data-testid="home-user">
            <Title order={2} size="h3" id="home-user" mb="sm">
              {t('shell.home.userTitle')}
            </Title>
            <Text fw={600} size="lg" mb="xs">
              {user.displayName}
            </Text>
            <FactList
              facts={[
                [t('shell.home.username'), user.username],
                [t('shell.home.role'), t(`shell.roles.${user.role}`)],
              ]}
            />
          </Card>
        )}
      </SimpleGrid>
      {status && (
        <Text size="sm" c="dimmed">
          {t('shell.home.version')}: {status.version}
        </Text>
      )}
    </Stack>
  );
}
