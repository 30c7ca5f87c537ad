import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../../shared/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { call } from '../../../lib/api';
import { downloadBase64 } from '../../../lib/files';
import { zodFormOptions } from '../../../lib/form-errors';
import { settingsFieldText } from '../field-text';
import { subjectExportForm, type SubjectExportForm } from '../schemas';
import { notify } from '../../../components/notify';

/** Data-subject access: everything about one NIP as one JSON file (privacy.subjectExport). */
export function SubjectExportCard() {
  const { t } = useTranslation();
  const [error, setError] = useState<EnvelopeError | null>(null);
  const form = useForm<SubjectExportForm>({
    resolver: zodResolver(subjectExportForm, zodFormOptions),
    defaultValues: { nip: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ nip }) => {
    const reply = await call('privacy.subjectExport', { nip });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    downloadBase64(reply.value.fileName, reply.value.contentBase64, 'application/json');
    notify(t('settingsUi.privacy.exported', { name: reply.value.fileName }));
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="privacy-export">
      <Title order={2} size="h3" id="privacy-export" mb="xs">
        {t('settingsUi.privacy.exportTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('settingsUi.privacy.exportIntro')}
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('settingsUi.privacy.exportTitle')}>
        <Stack gap="sm" maw={420}>
          <ErrorAlert error={error} />
          <TextInput
            label={t('settingsUi.privacy.nip')}
            description={t('settingsUi.privacy.nipHint')}
            inputMode="numeric"
            autoComplete="off"
            withAsterisk
            aria-invalid={errors.nip ? true : undefined}
            error={settingsFieldText(t, errors.nip?.message)}
            {...form.register('nip')}
          />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('settingsUi.privacy.export')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
