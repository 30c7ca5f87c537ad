import { ActionIcon, Button, Fieldset, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useFieldArray, useForm, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrorText, zodFormOptions } from '../../lib/form-errors';
import { applyServerDetails } from '../../lib/server-errors';
import { EMPTY_TECHNICAL, technicalForm, type TechnicalFormInput, type TechnicalFormValues } from './edit-schemas';
import { FormActions } from '../../components/FormActions';

interface LevelProps {
  index: number;
  control: Control<TechnicalFormInput, unknown, TechnicalFormValues>;
  register: UseFormRegister<TechnicalFormInput>;
  errors: FieldErrors<TechnicalFormInput>;
}

/** One level of the new competency: its description and its indicators (at least one). */
function LevelFields({ index, control, register, errors }: LevelProps) {
  const { t } = useTranslation();
  const level = index + 1;
  const { fields, append, remove } = useFieldArray({ control, name: `levels.${index}.indicators` });
  const err = (m: string | undefined) => fieldErrorText(t, m);
  const levelErrors = errors.levels?.[index];
  return (
    <Fieldset legend={t('dictionaryUi.common.level', { level })}>
      <Stack gap="xs">
        <Textarea
          label={t('dictionaryUi.dictionary.levelDescriptionId', { level })}
          withAsterisk
          resize="vertical"
          rows={3}
          error={err(levelErrors?.description?.id?.message)}
          {...register(`levels.${index}.description.id`)}
        />
        <Textarea
          label={t('dictionaryUi.dictionary.levelDescriptionEn', { level })}
          resize="vertical"
          rows={3}
          error={err(levelErrors?.description?.en?.message)}
          {...register(`levels.${index}.description.en`)}
        />
        {fields.map((f, k) => {
          const code = `${level}.${k + 1}`;
          return (
            <Group key={f.id} align="flex-end" wrap="nowrap" gap="xs">
              <Stack gap={4} style={{ flex: 1 }}>
                <TextInput
                  label={t('dictionaryUi.dictionary.indicatorId', { code })}
                  withAsterisk
                  error={err(levelErrors?.indicators?.[k]?.id?.message)}
                  {...register(`levels.${index}.indicators.${k}.id`)}
                />
                <TextInput
                  label={t('dictionaryUi.dictionary.indicatorEn', { code })}
                  error={err(levelErrors?.indicators?.[k]?.en?.message)}
                  {...register(`levels.${index}.indicators.${k}.en`)}
                />
              </Stack>
              <ActionIcon
                variant="subtle"
                color="red.9"
                disabled={fields.length <= 1}
                aria-label={t('dictionaryUi.dictionary.removeIndicatorRow', { code })}
                onClick={() => remove(k)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => append({ id: '', en: '' })}
          style={{ alignSelf: 'flex-start' }}
          aria-label={t('dictionaryUi.dictionary.addIndicator', { level })}
        >
          {t('dictionaryUi.dictionary.addIndicatorRow')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

const FIELDS = ['idNumber', 'name.id', 'name.en', 'description.id', 'description.en'];

interface ModalProps {
  opened: boolean;
  onClose: () => void;
  submit(values: TechnicalFormValues): Promise<EnvelopeError | null>;
}

/** A new technical competency with its five levels and their indicators (frameworks.addTechnical). */
export function TechnicalModal({ opened, onClose, submit }: ModalProps) {
  const { t } = useTranslation();
  const title = t('dictionaryUi.dictionary.addTechnical');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="xl"
      transitionProps={{ duration: 0 }}
      closeButtonProps={{ 'aria-label': t('dictionaryUi.common.close') }}
    >
      {/* Mounted only while open, so every opening starts from an empty form. */}
      {opened && <TechnicalForm title={title} onClose={onClose} submit={submit} />}
    </Modal>
  );
}

function TechnicalForm({ title, onClose, submit }: Omit<ModalProps, 'opened'> & { title: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<EnvelopeError | null>(null);
  const form = useForm<TechnicalFormInput, unknown, TechnicalFormValues>({
    resolver: zodResolver(technicalForm, zodFormOptions),
    defaultValues: EMPTY_TECHNICAL,
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m: string | undefined) => fieldErrorText(t, m);
  const onSubmit = form.handleSubmit(async (values) => {
    const failure = await submit(values);
    if (failure) {
      setError(failure);
      applyServerDetails(failure, FIELDS, form.setError);
      return;
    }
    onClose();
  });
  // The id number's own rule (no spaces or commas) has a named message; say the rule itself.
  const idError =
    errors.idNumber?.message === 'idnumber-format'
      ? t('dictionaryUi.dictionary.idNumberHint')
      : err(errors.idNumber?.message);
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={title}>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        <TextInput
          label={t('dictionaryUi.dictionary.idNumber')}
          description={t('dictionaryUi.dictionary.idNumberHint')}
          withAsterisk
          error={idError}
          {...form.register('idNumber')}
        />
        <TextInput
          label={t('dictionaryUi.dictionary.nameId')}
          withAsterisk
          error={err(errors.name?.id?.message)}
          {...form.register('name.id')}
        />
        <TextInput
          label={t('dictionaryUi.dictionary.nameEn')}
          error={err(errors.name?.en?.message)}
          {...form.register('name.en')}
        />
        <Textarea
          label={t('dictionaryUi.dictionary.definitionId')}
          withAsterisk
          resize="vertical"
          rows={3}
          error={err(errors.description?.id?.message)}
          {...form.register('description.id')}
        />
        <Textarea
          label={t('dictionaryUi.dictionary.definitionEn')}
          resize="vertical"
          rows={3}
          error={err(errors.description?.en?.message)}
          {...form.register('description.en')}
        />
        {[0, 1, 2, 3, 4].map((i) => (
          <LevelFields key={i} index={i} control={form.control} register={form.register} errors={errors} />
        ))}
        <FormActions onCancel={onClose} submitLabel={t('dictionaryUi.common.save')} busy={isSubmitting} />
      </Stack>
    </form>
  );
}
