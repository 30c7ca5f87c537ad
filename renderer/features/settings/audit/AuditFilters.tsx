import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { KNOWN_ACTIONS, KNOWN_ENTITIES, NO_FILTERS, type AuditFilterValues } from './audit-model';

export interface ActorOption {
  id: string;
  name: string;
}

/** The audit log's filters; applied on submit (Enter in any field), cleared with one button. */
export function AuditFilters({ actors, onApply }: { actors: ActorOption[]; onApply(f: AuditFilterValues): void }) {
  const { t } = useTranslation();
  const form = useForm<AuditFilterValues>({ defaultValues: NO_FILTERS });
  const submit = form.handleSubmit(onApply);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('settingsUi.audit.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" mb="sm">
        <TextInput
          label={t('settingsUi.audit.entity')}
          placeholder={t('settingsUi.audit.entityHint')}
          list="audit-entities"
          autoComplete="off"
          {...form.register('entity')}
        />
        <TextInput
          label={t('settingsUi.audit.action')}
          placeholder={t('settingsUi.audit.actionHint')}
          list="audit-actions"
          autoComplete="off"
          {...form.register('action')}
        />
        <NativeSelect
          label={t('settingsUi.audit.user')}
          data={[
            { value: '', label: t('settingsUi.audit.anyUser') },
            ...actors.map((a) => ({ value: a.id, label: a.name })),
          ]}
          {...form.register('actorId')}
        />
        <TextInput type="date" label={t('settingsUi.audit.from')} {...form.register('from')} />
        <TextInput type="date" label={t('settingsUi.audit.to')} {...form.register('to')} />
        <TextInput type="search" label={t('settingsUi.audit.text')} autoComplete="off" {...form.register('text')} />
      </SimpleGrid>
      <datalist id="audit-entities">
        {KNOWN_ENTITIES.map((e) => (
          <option key={e} value={e} />
        ))}
      </datalist>
      <datalist id="audit-actions">
        {KNOWN_ACTIONS.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <Group>
        <Button type="submit">{t('settingsUi.audit.apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            form.reset(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          {t('settingsUi.audit.clear')}
        </Button>
      </Group>
    </form>
  );
}
