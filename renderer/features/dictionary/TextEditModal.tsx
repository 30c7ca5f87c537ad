import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrorText, zodFormOptions } from '../../lib/form-errors';
import { applyServerDetails } from '../../lib/server-errors';
import { NODE_TEXT_FIELDS, nodeTextForm, type NodeTextForm } from './edit-schemas';
import { FormActions } from '../../components/FormActions';

export interface TextEditRequest {
  title: string;
  /** Ask for the name too (competencies); indicators and levels have only their text. */
  withName: boolean;
  labels: { nameId?: string; nameEn?: string; descriptionId: string; descriptionEn: string };
  initial: NodeTextForm;
  /** Sends the change; an error envelope keeps the dialog open and shows it. */
  submit(values: NodeTextForm): Promise<EnvelopeError | null>;
}

/** The form inside the dialog; mounted per request, so it starts from that request's texts. */
function TextEditForm({ request, onClose }: { request: TextEditRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<EnvelopeError | null>(null);
  const form = useForm<NodeTextForm>({
    resolver: zodResolver(nodeTextForm, zodFormOptions),
    defaultValues: request.initial,
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m: string | undefined) => fieldErrorText(t, m);

  const submit = form.handleSubmit(async (values) => {
    const failure = await request.submit(values);
    if (failure) {
      setError(failure);
      applyServerDetails(failure, NODE_TEXT_FIELDS, form.setError);
      return;
    }
    onClose();
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={request.title}>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        {request.withName && (
          <>
            <TextInput
              label={request.labels.nameId}
              withAsterisk
              error={err(errors.name?.id?.message)}
              {...form.register('name.id')}
            />
            <TextInput
              label={request.labels.nameEn}
              error={err(errors.name?.en?.message)}
              {...form.register('name.en')}
            />
          </>
        )}
        <Textarea
          label={request.labels.descriptionId}
          withAsterisk
          resize="vertical"
          rows={4}
          error={err(errors.description?.id?.message)}
          {...form.register('description.id')}
        />
        <Textarea
          label={request.labels.descriptionEn}
          resize="vertical"
          rows={4}
          error={err(errors.description?.en?.message)}
          {...form.register('description.en')}
        />
        <FormActions onCancel={onClose} submitLabel={t('dictionaryUi.common.save')} busy={isSubmitting} />
      </Stack>
    </form>
  );
}

/** One dialog for every bilingual text edit of the dictionary (name and/or text, id + en). */
export function TextEditModal({ request, onClose }: { request: TextEditRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      title={request?.title}
      size="lg"
      transitionProps={{ duration: 0 }}
      closeButtonProps={{ 'aria-label': t('dictionaryUi.common.close') }}
    >
      {request && <TextEditForm key={request.title} request={request} onClose={onClose} />}
    </Modal>
  );
}
