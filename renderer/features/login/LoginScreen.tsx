import { Button, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { EnvelopeError } from '../../../shared/contract';
import { loginInput } from '../../../shared/schemas/user';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { PublicPage } from '../../components/PublicPage';
import { call } from '../../lib/api';
import { fieldErrorText, zodFormOptions } from '../../lib/form-errors';
import { useAppStore } from '../../lib/store';

type LoginValues = z.input<typeof loginInput>;

/** Sign-in. The main side checks the password and keeps the session; we only show the outcome. */
export function LoginScreen() {
  const { t } = useTranslation();
  const office = useAppStore((s) => s.status?.office);
  const signedIn = useAppStore((s) => s.signedIn);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const form = useForm<LoginValues>({
    resolver: zodResolver(loginInput, zodFormOptions),
    defaultValues: { username: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m: string | undefined) => fieldErrorText(t, m);

  const submit = form.handleSubmit(async (values) => {
    const reply = await call('auth.login', values);
    if (!reply.ok) {
      setError(reply.error);
      form.resetField('password');
      return;
    }
    setError(null);
    await signedIn(reply.value);
  });

  return (
    <PublicPage title={t('shell.login.title')} width={460}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="page-title">
        <Stack gap="md">
          {office && <Text>{t('shell.login.intro', { office: office.name })}</Text>}
          <ErrorAlert error={error} />
          <TextInput
            label={t('shell.user.username')}
            autoComplete="username"
            withAsterisk
            data-autofocus
            error={err(errors.username?.message)}
            {...form.register('username')}
          />
          <PasswordField
            label={t('shell.user.password')}
            autoComplete="current-password"
            withAsterisk
            error={err(errors.password?.message)}
            {...form.register('password')}
          />
          <Button type="submit" loading={isSubmitting} fullWidth>
            {t('shell.login.submit')}
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
