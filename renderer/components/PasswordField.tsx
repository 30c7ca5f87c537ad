import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput with its show/hide button named in the current language, and marked
 * invalid for assistive tech when it has an error (Mantine sets only data-invalid on it).
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordInputProps>(function PasswordField(props, ref) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      ref={ref}
      visibilityToggleButtonProps={{ 'aria-label': t('shell.user.togglePassword') }}
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  );
});
