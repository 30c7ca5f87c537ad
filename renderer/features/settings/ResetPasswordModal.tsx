import { Modal, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { UserSummary } from '../../../shared/schemas/user';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { call } from '../../lib/api';
import { zodFormOptions } from '../../lib/form-errors';
import { settingsFieldText } from './field-text';
import { resetPasswordForm, type ResetPasswordForm } from './schemas';
import { notify } from '../../components/notify';
import { FormActions } from '../../components/FormActions';

const EMPTY: ResetPasswordForm = { password: '', confirm: '' };

/**
 * The administrator sets a temporary password for someone (users.resetPassword). Typing it
 * twice and pressing the named button in this dialog is the confirmation.
 */
export function ResetPasswordModal({ user, onClose }: { user: UserSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<EnvelopeError | null>(null);
  const form = useForm<ResetPasswordForm>({
    resolver: zodResolver(resetPasswordForm, zodFormOptions),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m: string | undefined) => settingsFieldText(t, m);
  const name = user?.displayName ?? '';

  const close = () => {
    form.reset(EMPTY);
    setError(null);
    onClose();
  };

  const submit = form.handleSubmit(async ({ password }) => {
    if (!user) return;
    const reply = await call('users.resetPassword', { userId: user.id, password });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    notify(t('settingsUi.users.resetDone', { name }));
    close();
  });

  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={t('settingsUi.users.resetTitle', { name })}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('settingsUi.common.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('settingsUi.users.resetTitle', { name })}>
        <Stack gap="sm">
          <Text size="sm">{t('settingsUi.users.resetIntro', { name })}</Text>
          <ErrorAlert error={error} />
          <PasswordField
            label={t('settingsUi.users.tempPassword')}
            description={t('shell.user.passwordHint')}
            autoComplete="new-password"
            withAsterisk
            data-autofocus
            error={err(errors.password?.message)}
            {...form.register('password')}
          />
          <PasswordField
            label={t('settingsUi.users.tempConfirm')}
            autoComplete="new-password"
            withAsterisk
            error={err(errors.confirm?.message)}
            {...form.register('confirm')}
          />
          <FormActions onCancel={close} submitLabel={t('settingsUi.users.resetSubmit')} busy={isSubmitting} />
        </Stack>
      </form>
    </Modal>
  );
}
