import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { PositionStandard } from '../../../shared/schemas/position-standard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { fieldErrorText, zodFormOptions } from '../../lib/form-errors';
import { applyServerDetails } from '../../lib/server-errors';
import { StandardDetailFields } from './StandardDetailFields';
import { DETAIL_FIELDS, fromJenjangForm, type FromJenjangInput, type FromJenjangValues } from './standard-schemas';

const EMPTY: FromJenjangInput = { name: '', jenjang: 'administrator', unit: '', agency: '' };

/** standards.createFromJenjang: a new standard with the jenjang's default level on every competency. */
export function CreateFromJenjang({ onCreated }: { onCreated: (s: PositionStandard) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<EnvelopeError | null>(null);
  const form = useForm<FromJenjangInput, unknown, FromJenjangValues>({
    resolver: zodResolver(fromJenjangForm, zodFormOptions),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m: string | undefined) => fieldErrorText(t, m);
  const submit = form.handleSubmit(async (values) => {
    const reply = await call('standards.createFromJenjang', values);
    if (!reply.ok) {
      setError(reply.error);
      applyServerDetails(reply.error, DETAIL_FIELDS, form.setError);
      return;
    }
    setError(null);
    form.reset(EMPTY);
    onCreated(reply.value);
  });
  const title = t('dictionaryUi.standards.createTitle');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="create-standard-title">
      <Title order={2} size="h3" id="create-standard-title" mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('dictionaryUi.standards.createHint')}
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          <StandardDetailFields bind={(f) => ({ ...form.register(f), error: err(errors[f]?.message) })} />
          <Button
            type="submit"
            loading={isSubmitting}
            leftSection={<IconPlus size={16} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('dictionaryUi.standards.create')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
