import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../shared/contract';
import { LANGUAGES } from '../../shared/i18n/languages';
import { isLanguage } from '../lib/i18n';
import { useAppStore } from '../lib/store';
import { ErrorAlert } from './ErrorAlert';

/**
 * The language choice. The visible label is kept in the header too (hidden there) so screen
 * readers always hear "Bahasa"/"Language". Each option names itself in its own language.
 */
export function LanguageSwitch({ hideLabel = false, description }: { hideLabel?: boolean; description?: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const [error, setError] = useState<EnvelopeError | null>(null);
  return (
    <>
      <NativeSelect
        label={t('shell.language.label')}
        labelProps={hideLabel ? { className: 'visually-hidden' } : undefined}
        description={description}
        value={language}
        data={LANGUAGES.map((l) => ({ value: l, label: t(`shell.language.${l}`, { lng: l }) }))}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isLanguage(next)) void setLanguage(next).then(setError);
        }}
        data-testid={hideLabel ? 'language-switch-header' : 'language-switch'}
      />
      <ErrorAlert error={error} />
    </>
  );
}
