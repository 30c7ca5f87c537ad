import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';

/** The language printed documents are made in: Indonesian by default, English on request. */
export function DocumentLanguageSelect({ value, onChange }: { value: Language; onChange(language: Language): void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('resultsUi.downloads.language')}
      data={LANGUAGES.map((v) => ({ value: v, label: t(`resultsUi.downloads.languages.${v}`) }))}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value === 'en' ? 'en' : 'id')}
      w={220}
      data-testid="document-language"
    />
  );
}
