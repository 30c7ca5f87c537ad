import {
  ActionIcon,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconTrash } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { EXERCISE_KINDS, exerciseInput, type ExerciseKind } from '../../../shared/schemas/batch';
import { call } from '../../lib/api';
import { fieldErrorText, zodFormOptions } from '../../lib/form-errors';
import type { BatchState } from './use-batch';

type FormInput = z.input<typeof exerciseInput>;
type FormValues = z.output<typeof exerciseInput>;
const DEFAULT_MINUTES: Record<ExerciseKind, number> = {
  bei: 90,
  'in-tray': 60,
  'analisis-kasus': 60,
  'diskusi-kelompok': 60,
  'role-play': 45,
  presentasi: 45,
  psikometri: 90,
};

/** Simulasi: the batch's exercises from the catalogue, with duration, instructions and materials. */
export function ExercisesTab({ state }: { state: BatchState }) {
  const { t } = useTranslation();
  const detail = state.detail!;
  const editable = detail.status === 'planning';
  const form = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(exerciseInput, zodFormOptions),
    defaultValues: {
      kind: 'bei',
      name: t('planning.exercises.kinds.bei'),
      durationMinutes: 90,
      instructions: '',
      materials: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m: string | undefined) => fieldErrorText(t, m);

  const submit = form.handleSubmit(async (exercise) => {
    const done = await state.run(() => call('exercises.add', { batchId: detail.id, exercise }));
    if (done) form.reset({ ...form.getValues(), instructions: '', materials: '' });
  });
  const kindField = form.register('kind');

  return (
    <Stack gap="md">
      {detail.exercises.length === 0 ? (
        <Text>{t('planning.exercises.empty')}</Text>
      ) : (
        <Table striped data-testid="exercise-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planning.exercises.name')}</Table.Th>
              <Table.Th scope="col">{t('planning.exercises.kind')}</Table.Th>
              <Table.Th scope="col">{t('planning.exercises.duration')}</Table.Th>
              <Table.Th scope="col">{t('planning.exercises.instructions')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('planning.people.col.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.exercises.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{e.name}</Table.Td>
                <Table.Td>{t(`planning.exercises.kinds.${e.kind}`)}</Table.Td>
                <Table.Td>{t('planning.exercises.minutes', { count: e.durationMinutes })}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {e.instructions}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red.8"
                    disabled={!editable}
                    aria-label={t('planning.exercises.remove', { name: e.name })}
                    onClick={() => void state.run(() => call('exercises.remove', { exerciseId: e.id }))}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && (
        <Card withBorder component="section" aria-labelledby="exercise-add-title">
          <Title order={3} size="h4" id="exercise-add-title" mb="sm">
            {t('planning.exercises.add')}
          </Title>
          <form noValidate aria-label={t('planning.exercises.add')} onSubmit={(e) => void submit(e)}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NativeSelect
                  label={t('planning.exercises.kind')}
                  data={EXERCISE_KINDS.map((k) => ({ value: k, label: t(`planning.exercises.kinds.${k}`) }))}
                  {...kindField}
                  onChange={(e) => {
                    const kind = e.currentTarget.value as ExerciseKind;
                    void kindField.onChange(e);
                    // A sensible name and duration for the chosen kind; both stay editable.
                    form.setValue('name', t(`planning.exercises.kinds.${kind}`));
                    form.setValue('durationMinutes', DEFAULT_MINUTES[kind]);
                  }}
                />
                <TextInput
                  label={t('planning.exercises.name')}
                  withAsterisk
                  error={err(errors.name?.message)}
                  {...form.register('name')}
                />
                <TextInput
                  type="number"
                  min={5}
                  max={480}
                  label={t('planning.exercises.duration')}
                  withAsterisk
                  error={err(errors.durationMinutes?.message)}
                  {...form.register('durationMinutes', { valueAsNumber: true })}
                />
              </SimpleGrid>
              <Textarea
                label={t('planning.exercises.instructions')}
                autosize
                minRows={2}
                {...form.register('instructions')}
              />
              <Textarea
                label={t('planning.exercises.materials')}
                autosize
                minRows={2}
                {...form.register('materials')}
              />
              <Group>
                <Button type="submit" loading={isSubmitting}>
                  {t('planning.exercises.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
    </Stack>
  );
}
