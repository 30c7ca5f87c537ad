import { Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { areaLabelKey, type Area } from '../../app/areas';
import { NotYetAvailable } from '../../components/NotYetAvailable';

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
      {Screen ? <Screen /> : <NotYetAvailable issue={area.issue} />}
    </Stack>
  );
}
