import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBatchList } from '../results/use-batches';

interface Props {
  label: string;
  value: string | null;
  error?: string | null;
  onChange(id: string | null): void;
}

/** A native select of the batches (keyboard and screen readers get the platform's own list). */
export function BatchSelect({ label, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const batches = useBatchList();
  const none = batches !== null && batches.length === 0;
  return (
    <NativeSelect
      label={label}
      description={none ? t('exchangeUi.export.batchNone') : undefined}
      data={[
        { value: '', label: t('exchangeUi.export.batchPlaceholder') },
        ...(batches ?? []).map((b) => ({ value: b.id, label: `${b.name} (${b.startsOn})` })),
      ]}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      error={error}
      maw={480}
      required
    />
  );
}
