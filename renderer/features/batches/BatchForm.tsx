import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import { BATCH_PURPOSES, batchInput, type BatchSummary } from '../../../shared/schemas/batch';
import type { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { fieldErrorText, zodFormOptions } from '../../lib/form-errors';
import { applyServerDetails } from '../../lib/server-errors';
import { batchFieldError } from './format';
import { notify } from '../../components/notify';

type FormInput = z.input<typeof batchInput>;
type FormValues = z.output<typeof batchInput>;
const FIELDS = ['name', 'purpose', 'standardId', 'startsOn', 'endsOn', 'venue', 'scoringRuleVersion'];

/** A new batch: name, purpose, target standard, dates, venue and the scoring rule in force. */
export function BatchForm({ onCreated, onCancel }: { onCreated: (b: BatchSummary) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [standards, setStandards] = useState<ChannelOutput<'standards.list'>>([]);
  const [rules, setRules] = useState<ChannelOutput<'scoring.rules'>>([]);
  const form = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(batchInput, zodFormOptions),
    defaultValues: {
      name: '',
      purpose: 'pengisian',
      standardId: '',
      startsOn: '',
      endsOn: '',
      venue: '',
      scoringRuleVersion: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m: string | undefined) => batchFieldError(t, m, (x) => fieldErrorText(t, x));

  useEffect(() => {
    void call('standards.list', {}).then((r) => (r.ok ? setStandards(r.value) : setError(r.error)));
    void call('scoring.rules', {}).then((r) => {
      if (!r.ok) return setError(r.error);
      setRules(r.value);
      if (r.value[0] && !form.getValues('scoringRuleVersion')) form.setValue('scoringRuleVersion', r.value[0].version);
    });
  }, [form]);

  const submit = form.handleSubmit(async (values) => {
    const reply = await call('batches.create', values);
    if (!reply.ok) {
      setError(reply.error);
      applyServerDetails(reply.error, FIELDS, form.setError);
      return;
    }
    notify(t('planning.batch.created', { name: reply.value.name }), 'green');
    onCreated(reply.value);
  });

  return (
    <form noValidate aria-label={t('planning.batch.createTitle')} onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        <TextInput
          label={t('planning.batch.name')}
          withAsterisk
          error={err(errors.name?.message)}
          {...form.register('name')}
        />
        <NativeSelect
          label={t('planning.batch.purpose')}
          data={BATCH_PURPOSES.map((p) => ({ value: p, label: t(`planning.batch.purposes.${p}`) }))}
          {...form.register('purpose')}
        />
        <NativeSelect
          label={t('planning.batch.standard')}
          withAsterisk
          data={[
            { value: '', label: t('planning.batch.standardPick') },
            ...standards.map((s) => ({ value: s.id, label: s.name })),
          ]}
          error={err(errors.standardId?.message)}
          {...form.register('standardId')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label={t('planning.batch.startsOn')}
            withAsterisk
            error={err(errors.startsOn?.message)}
            {...form.register('startsOn')}
          />
          <TextInput
            type="date"
            label={t('planning.batch.endsOn')}
            withAsterisk
            error={err(errors.endsOn?.message)}
            {...form.register('endsOn')}
          />
        </SimpleGrid>
        <TextInput label={t('planning.batch.venue')} {...form.register('venue')} />
        <NativeSelect
          label={t('planning.batch.scoringRule')}
          withAsterisk
          data={rules.map((r) => ({ value: r.version, label: r.label }))}
          error={err(errors.scoringRuleVersion?.message)}
          {...form.register('scoringRuleVersion')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('planning.common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('planning.common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
