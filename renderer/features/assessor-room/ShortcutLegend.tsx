import { Card, Kbd, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGEND } from './shortcuts';

/** Always-visible list of the keyboard shortcuts, so a whole interview can run without a mouse. */
export function ShortcutLegend() {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="sm"
      component="section"
      aria-labelledby="shortcut-legend-title"
      data-testid="shortcut-legend"
    >
      <Text id="shortcut-legend-title" fw={600} size="sm" mb={4}>
        {t('scoringUi.keys.title')}
      </Text>
      <Table withRowBorders={false} verticalSpacing={2} fz="sm">
        <Table.Tbody>
          {LEGEND.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {row.keys.map((k, i) => (
                  <Fragment key={k}>
                    {i > 0 && ' + '}
                    <Kbd size="xs">{k}</Kbd>
                  </Fragment>
                ))}
              </Table.Td>
              <Table.Td>{t(`scoringUi.keys.${row.label}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={4}>
        {t('scoringUi.keys.why')}
      </Text>
    </Card>
  );
}
