import { NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { JENJANG } from '../../../shared/domain/jenjang';
import { validateAsnNumber } from '../../../shared/domain/nip';
import { PPPK_GRADES } from '../../../shared/domain/ranks';
import type { Participant } from '../../../shared/schemas/participant';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { fieldErrorText, zodFormOptions } from '../../lib/form-errors';
import { applyServerDetails } from '../../lib/server-errors';
import { RANK_OPTIONS } from './participant-format';
import { notify } from '../../components/notify';
import {
  EMPTY_PARTICIPANT,
  formValuesOf,
  PARTICIPANT_FORM_FIELDS,
  participantFormSchema,
  type ParticipantFormInput,
  type ParticipantFormValues,
} from './participant-form-schema';
import { FormActions } from '../../components/FormActions';

const JENJANG_GROUPS = ['jpt', 'administrasi', 'fungsional-keahlian', 'fungsional-keterampilan'] as const;

/** Create or edit one participant. Birth date and sex are derived from the NIP and shown as typed. */
export function ParticipantForm({
  existing: opened,
  onSaved,
  onCancel,
  onReloaded,
}: {
  existing: Participant | null;
  onSaved: () => void;
  onCancel: () => void;
  /** The form loaded a newer stored version after a STALE refusal (the list may show it too). */
  onReloaded?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [existing, setExisting] = useState(opened);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [tried, setTried] = useState(false);
  const form = useForm<ParticipantFormInput, unknown, ParticipantFormValues>({
    resolver: zodResolver(participantFormSchema, zodFormOptions),
    defaultValues: existing ? formValuesOf(existing) : EMPTY_PARTICIPANT,
  });
  const { errors, isSubmitting, touchedFields } = form.formState;
  const err = (m: string | undefined) => fieldErrorText(t, m);
  const [nip, kind] = useWatch({ control: form.control, name: ['nip', 'kind'] });
  const check = useMemo(() => validateAsnNumber(nip ?? '', kind ?? 'pns', { assessmentDate: new Date() }), [nip, kind]);
  const nipProblems = check.errors.map((e) => t(`participants.nip.${e.code}`, e.params));
  const showNipProblems = (tried || touchedFields.nip) && (nip ?? '').trim() !== '' && nipProblems.length > 0;
  const date = new Intl.DateTimeFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });

  const submit = form.handleSubmit(async (values) => {
    if (!check.ok) return;
    const reply = existing
      ? await call('participants.update', { id: existing.id, revision: existing.revision, data: values })
      : await call('participants.create', values);
    if (!reply.ok) {
      setError(reply.error);
      applyServerDetails(reply.error, PARTICIPANT_FORM_FIELDS, form.setError);
      return;
    }
    notify(t(existing ? 'planning.people.updated' : 'planning.people.created', { name: reply.value.name }), 'green');
    onSaved();
  });

  // After a STALE refusal: the stored version replaces what was typed (the message said so).
  const loadLatest = async () => {
    if (!existing) return;
    const reply = await call('participants.get', { id: existing.id });
    if (!reply.ok) return setError(reply.error);
    setExisting(reply.value);
    form.reset(formValuesOf(reply.value));
    setError(null);
    onReloaded?.();
  };

  const grades = kind === 'pppk' ? PPPK_GRADES.map((g) => ({ value: g, label: g })) : RANK_OPTIONS;
  return (
    <form
      noValidate
      aria-label={t(existing ? 'planning.people.formTitleEdit' : 'planning.people.formTitleNew')}
      onSubmit={(e) => {
        setTried(true);
        void submit(e);
      }}
    >
      <Stack gap="sm">
        <ErrorAlert error={error} onLoadLatest={() => void loadLatest()} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('planning.people.kind')}
            data={[
              { value: 'pns', label: t('planning.people.kindPns') },
              { value: 'pppk', label: t('planning.people.kindPppk') },
            ]}
            {...form.register('kind')}
          />
          <TextInput
            label={t('participants.fields.nip')}
            description={t('planning.people.nipHint')}
            withAsterisk
            autoComplete="off"
            inputMode="numeric"
            error={showNipProblems ? nipProblems.join(' ') : err(errors.nip?.message)}
            aria-invalid={showNipProblems || Boolean(errors.nip) || undefined}
            {...form.register('nip')}
          />
        </SimpleGrid>
        {check.birthDate && check.sex && (
          <Text size="sm" c="dimmed" data-testid="nip-derived" aria-live="polite">
            {t('planning.people.derived', {
              birth: date.format(new Date(`${check.birthDate}T00:00:00Z`)),
              sex: t(check.sex === 'M' ? 'planning.people.sexM' : 'planning.people.sexF'),
            })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('participants.fields.titleBefore')} {...form.register('titleBefore')} />
          <TextInput
            label={t('participants.fields.name')}
            withAsterisk
            error={err(errors.name?.message)}
            {...form.register('name')}
          />
          <TextInput label={t('participants.fields.titleAfter')} {...form.register('titleAfter')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('participants.fields.golongan')}
            data={[{ value: '', label: t('planning.people.golonganPick') }, ...grades]}
            {...form.register('golongan')}
          />
          <NativeSelect
            label={t('participants.fields.jenjang')}
            data={[
              { value: '', label: t('planning.people.jenjangPick') },
              ...JENJANG_GROUPS.map((g) => ({
                group: t(`planning.people.groups.${g}`),
                items: JENJANG.filter((j) => j.group === g).map((j) => ({ value: j.code, label: j.label })),
              })),
            ]}
            {...form.register('jenjang')}
          />
          <TextInput label={t('participants.fields.jabatan')} {...form.register('jabatan')} />
          <TextInput label={t('participants.fields.unit')} {...form.register('unit')} />
          <TextInput label={t('participants.fields.agency')} {...form.register('agency')} />
          <TextInput
            label={t('participants.fields.email')}
            type="email"
            error={err(errors.email?.message)}
            {...form.register('email')}
          />
          <TextInput label={t('participants.fields.phone')} type="tel" {...form.register('phone')} />
        </SimpleGrid>
        <FormActions onCancel={onCancel} submitLabel={t('planning.common.save')} busy={isSubmitting} />
      </Stack>
    </form>
  );
}
