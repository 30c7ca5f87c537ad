import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../lib/store';
import { AcknowledgeCard } from './AcknowledgeCard';
import { EraseCard } from './EraseCard';
import { NoticeCard } from './NoticeCard';
import { RetentionCard } from './RetentionCard';
import { SubjectExportCard } from './SubjectExportCard';

/**
 * Data pribadi (UU 27/2022): the notice and its acknowledgement and the subject export for
 * coordinators and administrators; retention, anonymisation and erasure for administrators.
 */
export function PrivacySection() {
  const { t } = useTranslation();
  const admin = useAppStore((s) => s.status?.user?.role === 'admin');
  return (
    <Stack gap="lg">
      <NoticeCard />
      <AcknowledgeCard />
      <SubjectExportCard />
      {admin ? (
        <>
          <RetentionCard />
          <EraseCard />
        </>
      ) : (
        <Text c="dimmed">{t('settingsUi.privacy.adminOnly')}</Text>
      )}
    </Stack>
  );
}
