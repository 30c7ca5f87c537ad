import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../shared/schemas/user';

export interface UserActions {
  currentUserId: string | undefined;
  onResetPassword(user: UserSummary): void;
  onSetActive(user: UserSummary, active: boolean): void;
}

export function UserTable({ users, actions }: { users: UserSummary[]; actions?: UserActions }) {
  const { t, i18n } = useTranslation();
  if (users.length === 0) return <Text>{t('shell.settings.usersEmpty')}</Text>;
  const date = new Intl.DateTimeFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium' });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover data-testid="user-table">
        <Table.Caption className="visually-hidden">{t('shell.settings.usersCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('shell.user.username')}</Table.Th>
            <Table.Th scope="col">{t('shell.user.displayName')}</Table.Th>
            <Table.Th scope="col">{t('shell.user.role')}</Table.Th>
            <Table.Th scope="col">{t('shell.settings.status')}</Table.Th>
            <Table.Th scope="col">{t('shell.settings.createdAt')}</Table.Th>
            {actions && <Table.Th scope="col">{t('settingsUi.users.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id} data-testid={`user-row-${u.username}`}>
              <Table.Td>{u.username}</Table.Td>
              <Table.Td>
                {u.displayName}
                {u.id === actions?.currentUserId && (
                  <Badge ml="xs" variant="outline" color="blue.9">
                    {t('settingsUi.users.you')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{t(`shell.roles.${u.role}`)}</Table.Td>
              <Table.Td>
                <Badge color={u.active ? '#1d6b2f' : 'gray.8'} variant="filled" miw="max-content">
                  {/* a darker green than Mantine's: white text keeps 4.5:1 */}
                  {u.active ? t('shell.settings.active') : t('shell.settings.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{date.format(new Date(u.createdAt))}</Table.Td>
              {actions && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('settingsUi.users.resetPasswordFor', { name: u.displayName })}
                      onClick={() => actions.onResetPassword(u)}
                    >
                      {t('settingsUi.users.resetPassword')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t(u.active ? 'settingsUi.users.deactivateFor' : 'settingsUi.users.activateFor', {
                        name: u.displayName,
                      })}
                      onClick={() => actions.onSetActive(u, !u.active)}
                    >
                      {t(u.active ? 'settingsUi.users.deactivate' : 'settingsUi.users.activate')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
