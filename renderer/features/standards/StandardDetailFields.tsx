import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { jenjangOptions } from './jenjang-options';

export type DetailField = 'name' | 'jenjang' | 'unit' | 'agency';

/** A registered field with its error text, already translated. */
export type DetailBinding = UseFormRegisterReturn<DetailField> & { error: string | undefined };

/**
 * The post details of a standard (nama jabatan, jenjang, unit kerja, instansi), shared by the
 * create form and the editor. Each form binds the fields itself (`bind`), because the two forms'
 * value types differ (the create form is standards.createFromJenjang's own input).
 */
export function StandardDetailFields({ bind }: { bind: (field: DetailField) => DetailBinding }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label={t('dictionaryUi.standards.name')} withAsterisk {...bind('name')} />
      <NativeSelect
        label={t('dictionaryUi.standards.jenjang')}
        withAsterisk
        data={jenjangOptions(t)}
        {...bind('jenjang')}
      />
      <TextInput label={t('dictionaryUi.standards.unit')} {...bind('unit')} />
      <TextInput label={t('dictionaryUi.standards.agency')} {...bind('agency')} />
    </SimpleGrid>
  );
}
