import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { zodFormOptions } from '../../lib/form-errors';
import { settingsFieldText } from './field-text';
import { idleForm, type IdleForm } from './schemas';
import { notify } from '../../components/notify';

/**
 * Keamanan: the idle screen lock (settings.security). Called without a value the channel only
 * reports the current minutes, so the same channel reads and saves.
 */
export function SecuritySection() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<number | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const form = useForm<IdleForm>({ resolver: zodResolver(idleForm, zodFormOptions) });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    let live = true;
    void call('settings.security', {}).then((reply) => {
      if (!live) return;
      if (!reply.ok) return setError(reply.error);
      setCurrent(reply.value.idleMinutes);
      form.reset({ idleMinutes: reply.value.idleMinutes });
    });
    return () => {
      live = false;
    };
  }, [form]);

  const submit = form.handleSubmit(async ({ idleMinutes }) => {
    const reply = await call('settings.security', { idleMinutes });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setCurrent(reply.value.idleMinutes);
    form.reset({ idleMinutes: reply.value.idleMinutes });
    notify(t('settingsUi.security.saved'));
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-security">
      <Title order={2} size="h3" id="settings-security" mb="sm">
        {t('settingsUi.security.title')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('settingsUi.security.title')}>
        <Stack gap="sm" maw={560}>
          <ErrorAlert error={error} />
          {current !== null && (
            <Text data-testid="idle-current">
              {current === 0
                ? t('settingsUi.security.currentNever')
                : t('settingsUi.security.current', { count: current })}
            </Text>
          )}
          <TextInput
            type="number"
            inputMode="numeric"
            min={0}
            max={240}
            step={1}
            label={t('settingsUi.security.idleMinutes')}
            description={t('settingsUi.security.idleHint')}
            withAsterisk
            error={settingsFieldText(t, errors.idleMinutes?.message)}
            aria-invalid={errors.idleMinutes ? true : undefined}
            {...form.register('idleMinutes', { valueAsNumber: true })}
          />
          <Group>
            <Button type="submit" loading={isSubmitting} disabled={current === null}>
              {t('settingsUi.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
