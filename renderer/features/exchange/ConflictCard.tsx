import { Badge, Card, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExchangePreview } from '../../../shared/contract/channels/exchange';
import type { Choice } from './resolution';

type Conflict = ExchangePreview['conflicts'][number];
type Value = Conflict['mine'][string];

/** Bookkeeping columns differ on nearly every conflict; they are shown after the content. */
const BOOKKEEPING = ['id', 'created_at', 'updated_at', 'updated_by_office', 'revision', 'deleted_at'];

function fieldOrder(c: Conflict): string[] {
  const all = [...new Set([...Object.keys(c.mine), ...Object.keys(c.theirs)])];
  return [...all.filter((f) => !BOOKKEEPING.includes(f)), ...BOOKKEEPING.filter((f) => all.includes(f))];
}

/** A person or thing is named by its name where the row has one; the id tells rows apart otherwise. */
function rowName(c: Conflict): string {
  for (const field of ['name', 'display_name', 'title', 'nip', 'username']) {
    const v = c.theirs[field] ?? c.mine[field];
    if (typeof v === 'string' && v) return `${v} (${c.id})`;
  }
  return c.id;
}

interface Props {
  conflict: Conflict;
  signerCode: string;
  choice: Choice | undefined;
  onChoose(choice: Choice): void;
}

/** One conflicting row: both versions side by side, differing fields marked, and the row's choice. */
export function ConflictCard({ conflict, signerCode, choice, onChoose }: Props) {
  const { t } = useTranslation();
  const show = (v: Value | undefined) =>
    v === null || v === undefined || v === '' ? (
      <Text span c="dimmed" size="sm">
        {t('exchangeUi.conflicts.empty')}
      </Text>
    ) : (
      String(v)
    );
  const rowLabel = t('exchangeUi.conflicts.row', { id: rowName(conflict) });
  return (
    <Card withBorder padding="sm" data-testid="conflict" data-row={`${conflict.table}:${conflict.id}`}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <div>
          <Text fw={600} size="sm">
            {rowLabel}
          </Text>
          <Text size="sm">{t(`exchangeUi.conflicts.reasons.${conflict.reason}`)}</Text>
        </div>
        <SegmentedControl
          aria-label={t('exchangeUi.conflicts.choice', { id: conflict.id })}
          value={choice ?? ''}
          onChange={(v) => onChoose(v as Choice)}
          data={[
            { value: 'mine', label: t('exchangeUi.conflicts.keep') },
            { value: 'theirs', label: t('exchangeUi.conflicts.take') },
          ]}
          color={choice ? 'blue' : undefined}
        />
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder withColumnBorders layout="fixed" fz="sm" data-testid="conflict-fields">
          <Table.Caption className="visually-hidden">{rowLabel}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="22%">
                {t('exchangeUi.conflicts.field')}
              </Table.Th>
              <Table.Th scope="col">{t('exchangeUi.conflicts.mine')}</Table.Th>
              <Table.Th scope="col">{t('exchangeUi.conflicts.theirs', { code: signerCode })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fieldOrder(conflict).map((field) => {
              const differs = conflict.mine[field] !== conflict.theirs[field];
              const bg = differs ? 'var(--mantine-color-yellow-1)' : undefined;
              return (
                <Table.Tr key={field} data-differs={differs || undefined} data-field={field}>
                  <Table.Th
                    scope="row"
                    style={{ fontFamily: 'var(--mantine-font-family-monospace)', fontWeight: differs ? 700 : 400 }}
                  >
                    {field}
                    {differs && (
                      <Badge size="xs" color="#a63c06" variant="filled" ml={6}>
                        {t('exchangeUi.conflicts.differs')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td style={{ background: bg, wordBreak: 'break-word' }} data-side="mine">
                    {show(conflict.mine[field])}
                  </Table.Td>
                  <Table.Td style={{ background: bg, wordBreak: 'break-word' }} data-side="theirs">
                    {show(conflict.theirs[field])}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
