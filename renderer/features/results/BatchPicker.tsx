import { NativeSelect } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBatchList } from './use-batches';

interface Props {
  value: string | null;
  onChange(id: string | null): void;
}

/** A native select of the batches; with a single batch it is chosen at once. */
export function BatchPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const batches = useBatchList();
  useEffect(() => {
    if (value === null && batches?.length === 1) onChange(batches[0]!.id);
  }, [batches, value, onChange]);
  const none = batches !== null && batches.length === 0;
  return (
    <NativeSelect
      label={t('resultsUi.batch')}
      description={none ? t('resultsUi.batchNone') : undefined}
      data={[
        { value: '', label: t('resultsUi.batchPlaceholder') },
        ...(batches ?? []).map((b) => ({ value: b.id, label: `${b.name} (${b.startsOn})` })),
      ]}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      maw={520}
      data-testid="batch-picker"
    />
  );
}
