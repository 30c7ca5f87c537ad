import { Button, Group, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { call } from '../../lib/api';
import { zodFormOptions } from '../../lib/form-errors';
import { settingsFieldText } from './field-text';
import { changePasswordForm, type ChangePasswordForm as Values } from './schemas';
import { notify } from '../../components/notify';

const EMPTY: Values = { current: '', next: '', confirm: '' };

/** Any signed-in user changes their own password (auth.changePassword: the main side knows who). */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [error, setError] = useState<EnvelopeError | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(changePasswordForm, zodFormOptions), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const err = (m: string | undefined) => settingsFieldText(t, m);

  const submit = form.handleSubmit(async ({ current, next }) => {
    const reply = await call('auth.changePassword', { current, next });
    if (!reply.ok) {
      setError(reply.error);
      if (reply.error.code === 'BAD_CREDENTIALS')
        form.setError('current', { type: 'server', message: reply.error.message });
      for (const d of reply.error.details ?? []) {
        if (d.path === 'next') form.setError('next', { type: 'server', message: d.message });
      }
      return;
    }
    setError(null);
    form.reset(EMPTY);
    notify(t('settingsUi.account.changed'));
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('settingsUi.account.passwordTitle')}>
      <Stack gap="sm" maw={520}>
        <Text size="sm">{t('settingsUi.account.passwordIntro')}</Text>
        <ErrorAlert error={error} />
        <PasswordField
          label={t('settingsUi.account.current')}
          autoComplete="current-password"
          withAsterisk
          error={err(errors.current?.message)}
          {...form.register('current')}
        />
        <PasswordField
          label={t('settingsUi.account.next')}
          description={t('shell.user.passwordHint')}
          autoComplete="new-password"
          withAsterisk
          error={err(errors.next?.message)}
          {...form.register('next')}
        />
        <PasswordField
          label={t('settingsUi.account.confirm')}
          autoComplete="new-password"
          withAsterisk
          error={err(errors.confirm?.message)}
          {...form.register('confirm')}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t('settingsUi.account.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
