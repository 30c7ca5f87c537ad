import { ActionIcon, Group, NativeSelect, NumberInput, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DEVELOPMENT_FORMS } from '../../../shared/domain/development';
import { lang } from '../results/gap-tone';
import { pillarOf, type ActivityDraft } from './idp-draft';

interface Props {
  n: number;
  activity: ActivityDraft;
  onChange(next: ActivityDraft): void;
  onRemove(): void;
  /** The office's JP credit per form (results.settings); the catalogue default when absent. */
  jpTable?: Record<string, number>;
}

/** One development activity: a form from the catalogue (its 70/20/10 pillar shown), provider, dates, JP. */
export function ActivityRow({ n, activity, onChange, onRemove, jpTable }: Props) {
  const { t, i18n } = useTranslation();
  const l = lang(i18n.language);
  const set = (patch: Partial<ActivityDraft>) => onChange({ ...activity, ...patch });
  return (
    <Group align="flex-end" gap={6} wrap="wrap" data-testid={`activity-${n}`}>
      <NativeSelect
        label={t('resultsUi.idp.form')}
        data={DEVELOPMENT_FORMS.map((f) => ({ value: f.code, label: `${f.name[l]} (${f.pillar})` }))}
        value={activity.formCode}
        onChange={(e) => {
          const form = DEVELOPMENT_FORMS.find((f) => f.code === e.currentTarget.value);
          const code = e.currentTarget.value;
          set({ formCode: code, jp: jpTable?.[code] ?? form?.defaultJp ?? activity.jp });
        }}
        w={230}
      />
      <div>
        <Text size="sm" fw={500}>
          {t('resultsUi.idp.pillar')}
        </Text>
        <Text size="sm" py={6} data-testid={`activity-${n}-pillar`}>
          {pillarOf(activity.formCode) ?? '—'}
        </Text>
      </div>
      <TextInput
        label={t('resultsUi.idp.provider')}
        value={activity.provider}
        onChange={(e) => set({ provider: e.currentTarget.value })}
        w={170}
      />
      <TextInput
        type="date"
        label={t('resultsUi.idp.start')}
        value={activity.start ?? ''}
        onChange={(e) => set({ start: e.currentTarget.value || null })}
        w={140}
      />
      <TextInput
        type="date"
        label={t('resultsUi.idp.end')}
        value={activity.end ?? ''}
        onChange={(e) => set({ end: e.currentTarget.value || null })}
        w={140}
      />
      <NumberInput
        label={t('resultsUi.idp.jp')}
        value={activity.jp}
        min={0}
        max={1000}
        onChange={(v) => set({ jp: typeof v === 'number' ? v : Number(v) || 0 })}
        w={80}
      />
      <ActionIcon
        variant="subtle"
        color="red.8"
        size="lg"
        aria-label={t('resultsUi.idp.removeActivity', { n })}
        onClick={onRemove}
      >
        <IconTrash aria-hidden size={18} />
      </ActionIcon>
    </Group>
  );
}
