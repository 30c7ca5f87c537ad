import { Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NINE_BOX_ROWS, POTENSIAL } from '../../../shared/domain/nine-box';
import type { ResultView } from '../../../shared/schemas/results';

const BOX_COLOUR: Record<number, string> = {
  9: '#cdebd6',
  8: '#dcf1e2',
  7: '#dcf1e2',
  6: '#f1f3f5',
  5: '#f1f3f5',
  4: '#f1f3f5',
  3: '#fbe3df',
  2: '#fbe3df',
  1: '#f8d0cb',
};

/**
 * The ASN nine-box: kinerja rows top to bottom (di atas 4-7-9, sesuai 2-5-8, di bawah 1-3-6),
 * potensial rendah → tinggi left to right; each box lists its people and its follow-up.
 */
export function NineBoxGrid({ rows }: { rows: readonly ResultView[] }) {
  const { t } = useTranslation();
  const byBox = new Map<number, ResultView[]>();
  for (const r of rows) if (r.nineBox !== null) byBox.set(r.nineBox, [...(byBox.get(r.nineBox) ?? []), r]);
  const unplaced = rows.filter((r) => r.nineBox === null).length;
  return (
    <Stack gap="sm">
      <Box
        component="table"
        data-testid="nine-box"
        style={{ borderCollapse: 'separate', borderSpacing: 6, width: '100%', tableLayout: 'fixed' }}
      >
        <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
          {t('resultsUi.nineBox.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ width: 130, textAlign: 'left' }}>
              {t('resultsUi.nineBox.kinerjaAxis')} ↓ / {t('resultsUi.nineBox.potentialAxis')} →
            </th>
            {POTENSIAL.map((p) => (
              <th scope="col" key={p}>
                {t(`results.potential.${p}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {NINE_BOX_ROWS.map((row) => (
            <tr key={row.kinerja}>
              <th scope="row" style={{ textAlign: 'left', verticalAlign: 'middle' }}>
                {t(`results.kinerja.${row.kinerja}`)}
              </th>
              {row.boxes.map((box) => {
                const people = byBox.get(box) ?? [];
                return (
                  <td
                    key={box}
                    data-testid={`nine-box-${box}`}
                    style={{
                      background: BOX_COLOUR[box],
                      color: '#1a1a1a',
                      verticalAlign: 'top',
                      padding: 10,
                      borderRadius: 6,
                      border: '1px solid #ced4da',
                    }}
                  >
                    <Text fw={700} size="lg">
                      {t('results.box', { box })}
                    </Text>
                    <Text size="sm" fw={600} data-testid={`nine-box-${box}-count`}>
                      {t('resultsUi.nineBox.count', { count: people.length })}
                    </Text>
                    {people.length > 0 ? (
                      <ul style={{ margin: '4px 0', paddingLeft: 18, fontSize: 13 }}>
                        {people.map((p) => (
                          <li key={p.participantId}>{p.name}</li>
                        ))}
                      </ul>
                    ) : (
                      <Text size="sm">{t('resultsUi.nineBox.empty')}</Text>
                    )}
                    <Text size="xs" mt={4}>
                      {t(`results.followUp.box${box}`)}
                    </Text>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Box>
      {unplaced > 0 && (
        <Text size="sm" c="dimmed">
          {t('resultsUi.nineBox.unplaced', { count: unplaced })}
        </Text>
      )}
    </Stack>
  );
}
