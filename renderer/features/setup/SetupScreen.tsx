import { Button, Fieldset, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { PublicPage } from '../../components/PublicPage';
import { call } from '../../lib/api';
import { fieldErrorText, zodFormOptions } from '../../lib/form-errors';
import { applyServerDetails } from '../../lib/server-errors';
import { useAppStore } from '../../lib/store';
import { EMPTY_SETUP, SETUP_FIELDS, setupFormSchema, type SetupFormInput, type SetupFormValues } from './setup-schema';

/** First run: the office identity and the first administrator, sent as one setup.complete call. */
export function SetupScreen() {
  const { t } = useTranslation();
  const signedIn = useAppStore((s) => s.signedIn);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const form = useForm<SetupFormInput, unknown, SetupFormValues>({
    resolver: zodResolver(setupFormSchema, zodFormOptions),
    defaultValues: EMPTY_SETUP,
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m: string | undefined) => fieldErrorText(t, m);

  const submit = form.handleSubmit(async ({ office, admin }) => {
    const reply = await call('setup.complete', {
      office,
      admin: { username: admin.username, displayName: admin.displayName, password: admin.password },
    });
    if (!reply.ok) {
      setError(reply.error);
      applyServerDetails(reply.error, SETUP_FIELDS, form.setError);
      return;
    }
    await signedIn(reply.value);
  });

  return (
    <PublicPage title={t('shell.setup.title')} width={600}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="page-title">
        <Stack gap="lg">
          <Text>{t('shell.setup.intro')}</Text>
          <ErrorAlert error={error} />
          <Fieldset legend={t('shell.setup.officeSection')}>
            <Stack gap="sm">
              <TextInput
                label={t('shell.setup.officeName')}
                description={t('shell.setup.officeNameHint')}
                withAsterisk
                error={err(errors.office?.name?.message)}
                {...form.register('office.name')}
              />
              <TextInput
                label={t('shell.setup.officeCode')}
                description={t('shell.setup.officeCodeHint')}
                withAsterisk
                error={err(errors.office?.code?.message)}
                {...form.register('office.code')}
              />
              <TextInput
                label={t('shell.setup.province')}
                withAsterisk
                error={err(errors.office?.province?.message)}
                {...form.register('office.province')}
              />
              <TextInput
                label={t('shell.setup.agency')}
                description={t('shell.setup.agencyHint')}
                withAsterisk
                error={err(errors.office?.agency?.message)}
                {...form.register('office.agency')}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('shell.setup.adminSection')}>
            <Stack gap="sm">
              <TextInput
                label={t('shell.user.username')}
                description={t('shell.user.usernameHint')}
                autoComplete="username"
                withAsterisk
                error={err(errors.admin?.username?.message)}
                {...form.register('admin.username')}
              />
              <TextInput
                label={t('shell.user.displayName')}
                autoComplete="name"
                withAsterisk
                error={err(errors.admin?.displayName?.message)}
                {...form.register('admin.displayName')}
              />
              <PasswordField
                label={t('shell.user.password')}
                description={t('shell.user.passwordHint')}
                autoComplete="new-password"
                withAsterisk
                error={err(errors.admin?.password?.message)}
                {...form.register('admin.password')}
              />
              <PasswordField
                label={t('shell.user.passwordConfirm')}
                autoComplete="new-password"
                withAsterisk
                error={err(errors.admin?.passwordConfirm?.message)}
                {...form.register('admin.passwordConfirm')}
              />
            </Stack>
          </Fieldset>
          <Button type="submit" loading={isSubmitting} size="md" style={{ alignSelf: 'flex-start' }}>
            {t('shell.setup.submit')}
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
