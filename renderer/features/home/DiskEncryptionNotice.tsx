import { Alert } from '@mantine/core';
import { IconLockOpen } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';

/**
 * Assessment notes and results are sensitive personal data; Asesa relies on the operating
 * system's disk encryption to protect them at rest (docs/security.md). Say so when it is off.
 */
export function DiskEncryptionNotice() {
  const { t } = useTranslation();
  const [off, setOff] = useState(false);
  useEffect(() => {
    let live = true;
    void call('system.diskEncryption', {}).then((reply) => {
      if (live && reply.ok) setOff(reply.value.status === 'off');
    });
    return () => {
      live = false;
    };
  }, []);
  if (!off) return null;
  return (
    <Alert
      color="yellow"
      icon={<IconLockOpen aria-hidden />}
      title={t('shell.home.diskOffTitle')}
      data-testid="disk-encryption-off"
    >
      {t('shell.home.diskOffText')}
    </Alert>
  );
}
