import { Alert, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_FIELDS, type ImportPreview, type ParticipantField } from '../../../shared/schemas/participant';
import { assign, missingRequired, type ColumnAssignment } from './import-mapping';

/** Step 2: the sheet (when the workbook has several) and the header → field mapping, editable. */
export function ImportColumns({
  preview,
  assignment,
  onAssignment,
  onSheet,
}: {
  preview: ImportPreview;
  assignment: ColumnAssignment;
  onAssignment: (next: ColumnAssignment) => void;
  onSheet: (sheet: string) => void;
}) {
  const { t } = useTranslation();
  const missing = missingRequired(assignment);
  const fieldOptions = [
    { value: '', label: t('planning.wizard.ignore') },
    ...PARTICIPANT_FIELDS.map((f) => ({ value: f, label: t(`participants.fields.${f}`) })),
  ];
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('planning.wizard.fileInfo', { format: preview.format.toUpperCase(), rows: preview.counts.rows })}
      </Text>
      {preview.sheets.length > 1 && (
        <NativeSelect
          label={t('planning.wizard.sheet')}
          description={t('planning.wizard.sheetHint')}
          value={preview.sheet ?? preview.sheets[0]}
          data={preview.sheets}
          onChange={(e) => onSheet(e.currentTarget.value)}
          maw={360}
        />
      )}
      <Title order={3} size="h4">
        {t('planning.wizard.mappingTitle')}
      </Title>
      <Text size="sm">{t('planning.wizard.mappingHint')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} data-testid="column-mapping">
        {preview.columns.map((c) => (
          <NativeSelect
            key={c.index}
            label={t('planning.wizard.columnLabel', { n: c.index + 1, header: c.header })}
            value={assignment[c.index] ?? ''}
            data={fieldOptions}
            onChange={(e) => onAssignment(assign(assignment, c.index, e.currentTarget.value as ParticipantField | ''))}
          />
        ))}
      </SimpleGrid>
      {missing.length > 0 && (
        <Alert color="orange" role="status">
          {t('planning.wizard.missing', { fields: missing.map((f) => t(`participants.fields.${f}`)).join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}
