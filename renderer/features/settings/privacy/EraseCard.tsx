import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../../shared/contract';
import type { Participant } from '../../../../shared/schemas/participant';
import { call } from '../../../lib/api';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ParticipantPicker } from './ParticipantPicker';
import { notify } from '../../../components/notify';

/**
 * Erasure on request (privacy.erase, administrators). The strongest confirmation in the app:
 * the participant's NIP must be typed before the button works.
 */
export function EraseCard() {
  const { t } = useTranslation();
  const [participant, setParticipant] = useState<Participant | null>(null);
  const [confirming, setConfirming] = useState(false);

  const erase = async (): Promise<EnvelopeError | null> => {
    if (!participant) return null;
    const reply = await call('privacy.erase', { participantId: participant.id, confirm: true });
    if (!reply.ok) return reply.error;
    notify(t('settingsUi.privacy.erased', { name: participant.name }));
    setParticipant(null);
    return null;
  };

  const name = participant?.name ?? '';
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="privacy-erase">
      <Title order={2} size="h3" id="privacy-erase" mb="xs">
        {t('settingsUi.privacy.eraseTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('settingsUi.privacy.eraseIntro')}
      </Text>
      <Stack gap="md" maw={640}>
        <ParticipantPicker id="erase-participant" selected={participant} onPick={setParticipant} />
        {participant && (
          <Group>
            <Button color="red.8" onClick={() => setConfirming(true)}>
              {t('settingsUi.privacy.erase')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmAction
        opened={confirming}
        title={t('settingsUi.privacy.eraseConfirmTitle', { name })}
        confirmLabel={t('settingsUi.privacy.eraseConfirm')}
        danger
        typeToConfirm={{
          expected: participant?.nip ?? '',
          label: t('settingsUi.privacy.typeNip', { nip: participant?.nip ?? '' }),
        }}
        onConfirm={erase}
        onClose={() => setConfirming(false)}
      >
        <Text>{t('settingsUi.privacy.eraseConfirmBody', { name })}</Text>
      </ConfirmAction>
    </Card>
  );
}
