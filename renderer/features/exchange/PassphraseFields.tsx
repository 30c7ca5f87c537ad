import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/PasswordField';
import { passphraseStrength, type Strength } from './passphrase';

const BAR: Record<Strength, { value: number; color: string }> = {
  weak: { value: 25, color: 'red.8' },
  fair: { value: 60, color: 'yellow.8' },
  strong: { value: 100, color: 'green.8' },
};

interface Props {
  passphrase: string;
  confirm: string;
  error: string | null;
  mismatch: boolean;
  onPassphrase(value: string): void;
  onConfirm(value: string): void;
}

/** Passphrase twice, with a strength hint and the reminder to share it by another channel. */
export function PassphraseFields({ passphrase, confirm, error, mismatch, onPassphrase, onConfirm }: Props) {
  const { t } = useTranslation();
  const strength = passphraseStrength(passphrase);
  const level = t(`exchangeUi.export.strength.${strength}`);
  return (
    <Stack gap="xs" maw={480}>
      <PasswordField
        label={t('exchangeUi.export.passphrase')}
        description={t('exchangeUi.export.passphraseHint')}
        value={passphrase}
        autoComplete="new-password"
        onChange={(e) => onPassphrase(e.currentTarget.value)}
        error={!mismatch ? error : null}
        required
      />
      {passphrase.length > 0 && (
        <Stack gap={2} data-testid="passphrase-strength">
          <Progress {...BAR[strength]} size="sm" aria-hidden />
          <Text size="sm" aria-live="polite">
            {t('exchangeUi.export.strength.label', { level })}
          </Text>
        </Stack>
      )}
      <PasswordField
        label={t('exchangeUi.export.passphraseConfirm')}
        value={confirm}
        autoComplete="new-password"
        onChange={(e) => onConfirm(e.currentTarget.value)}
        error={mismatch ? error : null}
        required
      />
    </Stack>
  );
}
