import { Badge, Card, Group, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../../shared/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { call } from '../../../lib/api';

/** The privacy notice as the main side words it now (privacy.notice), with its version. */
export function NoticeCard() {
  const { t, i18n } = useTranslation();
  const [notice, setNotice] = useState<ChannelOutput<'privacy.notice'> | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);

  // The main side words the notice in the chosen language, so ask again after a switch.
  useEffect(() => {
    let live = true;
    void call('privacy.notice', {}).then((reply) => {
      if (!live) return;
      if (reply.ok) setNotice(reply.value);
      else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [i18n.language]);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="privacy-notice">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="privacy-notice">
          {notice?.title ?? t('privacy.noticeTitle')}
        </Title>
        {notice && (
          <Badge variant="outline" color="blue.9">
            {t('settingsUi.privacy.noticeVersion', { version: notice.version })}
          </Badge>
        )}
      </Group>
      <ErrorAlert error={error} />
      {notice && (
        <Text data-testid="privacy-notice-text" maw={760} style={{ whiteSpace: 'pre-line' }}>
          {notice.text}
        </Text>
      )}
    </Card>
  );
}
