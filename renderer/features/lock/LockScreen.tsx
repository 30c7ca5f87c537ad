import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { useAppStore } from '../../lib/store';

/**
 * Shown over the work (which stays mounted, so nothing typed is lost) when the main side has
 * locked the session. Only the user's password or signing out gets past it.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const user = useAppStore((s) => s.status?.user);
  const unlock = useAppStore((s) => s.unlock);
  const logout = useAppStore((s) => s.logout);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const problem = await unlock(password);
    setBusy(false);
    setPassword('');
    setError(problem);
  };

  return (
    <Modal
      opened
      onClose={() => {}}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      fullScreen
      title={t('shell.lock.title')}
      overlayProps={{ backgroundOpacity: 0.85, blur: 6 }}
      data-testid="lock-screen"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack maw={420} mx="auto" mt="xl" gap="md">
          <Text>{t('shell.lock.intro', { name: user?.displayName ?? '' })}</Text>
          <ErrorAlert error={error} />
          <PasswordField
            label={t('shell.user.password')}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="space-between">
            <Button variant="subtle" onClick={() => void logout()}>
              {t('shell.lock.logout')}
            </Button>
            <Button type="submit" loading={busy} disabled={password.length === 0}>
              {t('shell.lock.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
