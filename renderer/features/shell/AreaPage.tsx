import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { areaLabelKey, type Area } from '../../app/areas';
import { NotYetAvailable } from '../../components/NotYetAvailable';

/** While an area's code arrives (its first visit loads its chunk): a small note under the heading. */
function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="status" data-testid="area-loading">
      <Loader size="sm" aria-hidden />
      <Text>{t('shell.loading')}</Text>
    </Group>
  );
}

/** One area: its heading, then its screen, or a plain note that its feature has not landed. */
export function AreaPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  const title = t(areaLabelKey(area));
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);
  const Screen = area.screen;
  return (
    <Stack gap="lg" data-testid={`area-${area.id}`} maw={1100}>
      <Title order={1}>{title}</Title>
      {Screen ? (
        <Suspense fallback={<ScreenLoading />}>
          <Screen />
        </Suspense>
      ) : (
        <NotYetAvailable issue={area.issue} />
      )}
    </Stack>
  );
}
