import { Card, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { UserSummary } from '../../../shared/schemas/user';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { useAppStore } from '../../lib/store';
import { AddUserForm } from './AddUserForm';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserTable } from './UserTable';
import { notify } from '../../components/notify';

/**
 * The administrator's user management: the list (users.list), the add form (users.create),
 * and per user a password reset and (de)activation. The main side refuses deactivating
 * yourself or the last administrator; its message is shown in the confirmation dialog.
 */
export function UsersSection() {
  const { t } = useTranslation();
  const me = useAppStore((s) => s.status?.user?.id);
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [resetting, setResetting] = useState<UserSummary | null>(null);
  const [toggling, setToggling] = useState<{ user: UserSummary; active: boolean } | null>(null);

  // Bumped after a change; the effect below then asks for the list again.
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

  const setActive = async (): Promise<EnvelopeError | null> => {
    if (!toggling) return null;
    const { user, active } = toggling;
    const reply = await call('users.setActive', { userId: user.id, active });
    if (!reply.ok) return reply.error;
    const key = active ? 'settingsUi.users.activated' : 'settingsUi.users.deactivated';
    notify(t(key, { name: user.displayName }));
    setVersion((v) => v + 1);
    return null;
  };

  const name = toggling?.user.displayName ?? '';
  return (
    <>
      <Card withBorder padding="lg" component="section" aria-labelledby="settings-users" mb="lg">
        <Title order={2} size="h3" id="settings-users" mb="sm">
          {t('shell.settings.usersTitle')}
        </Title>
        <ErrorAlert error={error} />
        {users && (
          <UserTable
            users={users}
            actions={{
              currentUserId: me,
              onResetPassword: setResetting,
              onSetActive: (user, active) => setToggling({ user, active }),
            }}
          />
        )}
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="settings-add-user">
        <Title order={2} size="h3" id="settings-add-user" mb="sm">
          {t('shell.settings.addUserTitle')}
        </Title>
        <AddUserForm onCreated={() => setVersion((v) => v + 1)} />
      </Card>
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <ConfirmAction
        opened={toggling !== null}
        title={t(toggling?.active ? 'settingsUi.users.activateTitle' : 'settingsUi.users.deactivateTitle', { name })}
        confirmLabel={t(toggling?.active ? 'settingsUi.users.activate' : 'settingsUi.users.deactivate')}
        danger={toggling?.active === false}
        onConfirm={setActive}
        onClose={() => setToggling(null)}
      >
        <Text>
          {t(toggling?.active ? 'settingsUi.users.activateBody' : 'settingsUi.users.deactivateBody', { name })}
        </Text>
      </ConfirmAction>
    </>
  );
}
