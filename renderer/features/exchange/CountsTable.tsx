import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tableLabel } from './format';

interface Props<K extends string> {
  caption: string;
  /** The count columns, in order. */
  keys: readonly K[];
  heading: (key: K) => string;
  rows: ReadonlyArray<{ table: string } & Record<K, number>>;
  /** Counts that need the reader's attention (conflicts) are set in bold. */
  strong?: (key: K, value: number) => boolean;
  testId?: string;
}

/** Rows counted per exchanged table (the preview before an import, the result after it). */
export function CountsTable<K extends string>({ caption, keys, heading, rows, strong, testId }: Props<K>) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder fz="sm" data-testid={testId}>
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('exchangeUi.preview.table')}</Table.Th>
            {keys.map((k) => (
              <Table.Th scope="col" key={k} style={{ textAlign: 'right' }}>
                {heading(k)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.table} data-testid={`count-row-${row.table}`}>
              <Table.Th scope="row" fw={400}>
                {tableLabel(t, row.table)}
              </Table.Th>
              {keys.map((k) => (
                <Table.Td
                  key={k}
                  data-count={k}
                  style={{ textAlign: 'right', fontWeight: strong?.(k, row[k]) ? 700 : undefined }}
                >
                  {row[k]}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
