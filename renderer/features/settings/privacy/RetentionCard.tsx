import { Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../../shared/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { call } from '../../../lib/api';
import { zodFormOptions } from '../../../lib/form-errors';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { settingsFieldText } from '../field-text';
import { formatDate } from '../format';
import { retentionForm, type RetentionForm } from '../schemas';
import { notify } from '../../../components/notify';

type Preview = ChannelOutput<'privacy.retentionPreview'>;

/**
 * Retention (administrators): the years identities are kept (privacy.retention), the preview
 * of who is past it (privacy.retentionPreview), and anonymising them after a confirmation.
 */
export function RetentionCard() {
  const { t, i18n } = useTranslation();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [version, setVersion] = useState(0);
  const form = useForm<RetentionForm>({ resolver: zodResolver(retentionForm, zodFormOptions) });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    let live = true;
    void call('privacy.retention', {}).then((reply) => {
      if (!live) return;
      if (reply.ok) form.reset({ years: reply.value.years });
      else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [form]);

  useEffect(() => {
    let live = true;
    void call('privacy.retentionPreview', {}).then((reply) => {
      if (!live) return;
      if (reply.ok) setPreview(reply.value);
      else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const save = form.handleSubmit(async ({ years }) => {
    const reply = await call('privacy.retention', { years });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    form.reset({ years: reply.value.years });
    notify(t('settingsUi.privacy.retentionSaved', { years: reply.value.years }));
    setVersion((v) => v + 1);
  });

  const anonymise = async (): Promise<EnvelopeError | null> => {
    const reply = await call('privacy.applyRetention', { confirm: true });
    if (!reply.ok) return reply.error;
    notify(t('settingsUi.privacy.anonymised', { count: reply.value.anonymised }));
    setVersion((v) => v + 1);
    return null;
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="privacy-retention">
      <Title order={2} size="h3" id="privacy-retention" mb="sm">
        {t('settingsUi.privacy.retentionTitle')}
      </Title>
      <Stack gap="md">
        <ErrorAlert error={error} />
        <form onSubmit={(e) => void save(e)} noValidate aria-label={t('settingsUi.privacy.retentionTitle')}>
          <Stack gap="sm" maw={560}>
            <TextInput
              type="number"
              inputMode="numeric"
              min={3}
              max={30}
              step={1}
              label={t('settingsUi.privacy.years')}
              description={t('settingsUi.privacy.yearsHint')}
              withAsterisk
              aria-invalid={errors.years ? true : undefined}
              error={settingsFieldText(t, errors.years?.message)}
              {...form.register('years', { valueAsNumber: true })}
            />
            <Group>
              <Button type="submit" loading={isSubmitting}>
                {t('settingsUi.common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        <Title order={3} size="h4" id="privacy-preview">
          {t('settingsUi.privacy.previewTitle')}
        </Title>
        {preview?.length === 0 && <Text>{t('settingsUi.privacy.previewEmpty')}</Text>}
        {preview && preview.length > 0 && (
          <>
            <Text size="sm">{t('settingsUi.privacy.previewIntro')}</Text>
            <Table.ScrollContainer minWidth={520}>
              <Table striped data-testid="retention-preview" aria-labelledby="privacy-preview">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('settingsUi.privacy.nip')}</Table.Th>
                    <Table.Th scope="col">{t('settingsUi.privacy.name')}</Table.Th>
                    <Table.Th scope="col">{t('settingsUi.privacy.lastAssessment')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td ff="monospace">{p.nip}</Table.Td>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td>{formatDate(i18n.language, p.lastAssessment)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group>
              <Button color="red.8" onClick={() => setConfirming(true)}>
                {t('settingsUi.privacy.anonymiseNow')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
      <ConfirmAction
        opened={confirming}
        title={t('settingsUi.privacy.anonymiseTitle', { count: preview?.length ?? 0 })}
        confirmLabel={t('settingsUi.privacy.anonymiseNow')}
        danger
        onConfirm={anonymise}
        onClose={() => setConfirming(false)}
      >
        <Text>{t('settingsUi.privacy.anonymiseBody')}</Text>
      </ConfirmAction>
    </Card>
  );
}
