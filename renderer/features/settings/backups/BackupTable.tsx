import { Button, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { formatBytes, formatDateTime } from '../format';

export type Backup = ChannelOutput<'backups.list'>['backups'][number];

const REASONS = ['auto', 'manual', 'pre-restore', 'pre-import'];

/** A reason the main side may add later is shown as it comes. */
export function reasonLabel(t: TFunction, reason: string): string {
  return REASONS.includes(reason) ? t(`settingsUi.backups.reasons.${reason}`) : reason;
}

export function BackupTable({ backups, onRestore }: { backups: Backup[]; onRestore(b: Backup): void }) {
  const { t, i18n } = useTranslation();
  if (backups.length === 0) return <Text>{t('settingsUi.backups.empty')}</Text>;
  const sorted = [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped data-testid="backup-table">
        <Table.Caption className="visually-hidden">{t('settingsUi.backups.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('settingsUi.backups.takenAt')}</Table.Th>
            <Table.Th scope="col">{t('settingsUi.backups.reason')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('settingsUi.backups.size')}
            </Table.Th>
            <Table.Th scope="col">{t('settingsUi.backups.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((b) => {
            const time = formatDateTime(i18n.language, b.takenAt);
            return (
              <Table.Tr key={b.name} data-testid="backup-row">
                <Table.Td>{time}</Table.Td>
                <Table.Td>{reasonLabel(t, b.reason)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{formatBytes(i18n.language, b.bytes)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={t('settingsUi.backups.restoreFor', { time })}
                    onClick={() => onRestore(b)}
                  >
                    {t('settingsUi.backups.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
