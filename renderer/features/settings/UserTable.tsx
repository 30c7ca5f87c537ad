import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../shared/schemas/user';

export function UserTable({ users }: { users: UserSummary[] }) {
  const { t, i18n } = useTranslation();
  if (users.length === 0) return <Text>{t('shell.settings.usersEmpty')}</Text>;
  const date = new Intl.DateTimeFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium' });
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover data-testid="user-table">
        <Table.Caption className="visually-hidden">{t('shell.settings.usersCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('shell.user.username')}</Table.Th>
            <Table.Th scope="col">{t('shell.user.displayName')}</Table.Th>
            <Table.Th scope="col">{t('shell.user.role')}</Table.Th>
            <Table.Th scope="col">{t('shell.settings.status')}</Table.Th>
            <Table.Th scope="col">{t('shell.settings.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>{u.username}</Table.Td>
              <Table.Td>{u.displayName}</Table.Td>
              <Table.Td>{t(`shell.roles.${u.role}`)}</Table.Td>
              <Table.Td>
                <Badge color={u.active ? '#1d6b2f' : 'gray.8'} variant="filled">
                  {/* a darker green than Mantine's: white text keeps 4.5:1 */}
                  {u.active ? t('shell.settings.active') : t('shell.settings.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>{date.format(new Date(u.createdAt))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
