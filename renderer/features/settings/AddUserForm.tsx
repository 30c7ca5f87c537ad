import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ROLES } from '../../../shared/domain/roles';
import { newUserInput, type NewUserInput } from '../../../shared/schemas/user';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { call } from '../../lib/api';
import { fieldErrorText, zodFormOptions } from '../../lib/form-errors';
import { applyServerDetails } from '../../lib/server-errors';
import { notify } from '../../components/notify';

const EMPTY: NewUserInput = { username: '', displayName: '', role: 'assessor', password: '' };

/** Administrator adds a user with a role; validated with the contract's own schema. */
export function AddUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<EnvelopeError | null>(null);
  const form = useForm<NewUserInput>({ resolver: zodResolver(newUserInput, zodFormOptions), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const err = (m: string | undefined) => fieldErrorText(t, m);

  const submit = form.handleSubmit(async (values) => {
    const reply = await call('users.create', values);
    if (!reply.ok) {
      setError(reply.error);
      applyServerDetails(reply.error, Object.keys(EMPTY), form.setError);
      return;
    }
    setError(null);
    form.reset(EMPTY);
    notify(t('shell.settings.userAdded', { name: reply.value.displayName }));
    onCreated();
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('shell.settings.addUserTitle')}>
      <Stack gap="md">
        <ErrorAlert error={error} />
        <Stack gap="sm" maw={520}>
          <TextInput
            label={t('shell.user.username')}
            description={t('shell.user.usernameHint')}
            autoComplete="off"
            withAsterisk
            error={err(errors.username?.message)}
            {...form.register('username')}
          />
          <TextInput
            label={t('shell.user.displayName')}
            withAsterisk
            error={err(errors.displayName?.message)}
            {...form.register('displayName')}
          />
          <NativeSelect
            label={t('shell.user.role')}
            withAsterisk
            data={ROLES.map((r) => ({ value: r, label: t(`shell.roles.${r}`) }))}
            error={err(errors.role?.message)}
            {...form.register('role')}
          />
          <PasswordField
            label={t('shell.user.password')}
            description={t('shell.user.passwordHint')}
            autoComplete="new-password"
            withAsterisk
            error={err(errors.password?.message)}
            {...form.register('password')}
          />
        </Stack>
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t('shell.settings.addUserSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
