import { Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the screens shown before login (setup, login): brand, language and a card. */
export function PublicPage({ title, width, children }: { title: string; width: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box bg="gray.0" mih="100vh" py="xl">
      <Container size={width}>
        <Group justify="space-between" align="flex-end" wrap="nowrap" mb="md" component="header">
          <div>
            <Text fw={700} size="xl" c="blue.9">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
          <Box w={180} style={{ flexShrink: 0 }}>
            <LanguageSwitch />
          </Box>
        </Group>
        <Paper withBorder shadow="xs" p="xl" radius="md" component="main" id="main-content">
          <Title order={1} size="h2" id="page-title" mb="md">
            {title}
          </Title>
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
