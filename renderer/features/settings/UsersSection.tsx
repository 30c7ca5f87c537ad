import { Card, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { UserSummary } from '../../../shared/schemas/user';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { AddUserForm } from './AddUserForm';
import { UserTable } from './UserTable';

/** The administrator's user management: the list (users.list) and the add form (users.create). */
export function UsersSection() {
  const { t } = useTranslation();
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);

  // Bumped after a user is added; the effect below then asks for the list again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void call('users.list', {}).then((reply) => {
      if (!live) return;
      if (reply.ok) {
        setUsers(reply.value);
        setError(null);
      } else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [version]);

  return (
    <>
      <Card withBorder padding="lg" component="section" aria-labelledby="settings-users">
        <Title order={2} size="h3" id="settings-users" mb="sm">
          {t('shell.settings.usersTitle')}
        </Title>
        <ErrorAlert error={error} />
        {users && <UserTable users={users} />}
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="settings-add-user">
        <Title order={2} size="h3" id="settings-add-user" mb="sm">
          {t('shell.settings.addUserTitle')}
        </Title>
        <AddUserForm onCreated={() => setVersion((v) => v + 1)} />
      </Card>
    </>
  );
}
