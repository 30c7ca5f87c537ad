import { Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../../shared/contract';
import type { Participant } from '../../../../shared/schemas/participant';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { call } from '../../../lib/api';
import { formatDate } from '../format';
import { ParticipantPicker } from './ParticipantPicker';
import { notify } from '../../../components/notify';

type Method = 'on-screen' | 'signed-paper';
type Status = ChannelOutput<'privacy.status'>;

function StatusText({ status }: { status: Status }) {
  const { t, i18n } = useTranslation();
  const latest = status.latest;
  if (!latest) return <Text data-testid="privacy-status">{t('settingsUi.privacy.statusNone')}</Text>;
  const params = {
    version: latest.version,
    current: status.current,
    date: formatDate(i18n.language, latest.at),
    method: t(`privacy.methods.${latest.method}`),
  };
  return (
    <Text data-testid="privacy-status" c={status.upToDate ? undefined : 'orange.9'}>
      {status.upToDate
        ? t('settingsUi.privacy.statusUpToDate', params)
        : t('settingsUi.privacy.statusOutdated', params)}
    </Text>
  );
}

/** One chosen participant: where they stand (privacy.status) and recording a new acknowledgement. */
function ParticipantAck({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status | null>(null);
  const [method, setMethod] = useState<Method>('on-screen');
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void call('privacy.status', { participantId: participant.id }).then((reply) => {
      if (!live) return;
      if (reply.ok) setStatus(reply.value);
      else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [participant.id, version]);

  const record = async () => {
    setBusy(true);
    const reply = await call('privacy.acknowledge', { participantId: participant.id, method });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    notify(t('settingsUi.privacy.recorded', { name: participant.name }));
    setVersion((v) => v + 1);
  };

  return (
    <>
      <ErrorAlert error={error} />
      {status && <StatusText status={status} />}
      <Radio.Group label={t('settingsUi.privacy.method')} value={method} onChange={(v) => setMethod(v as Method)}>
        <Group mt="xs">
          <Radio value="on-screen" label={t('settingsUi.privacy.methods.on-screen')} />
          <Radio value="signed-paper" label={t('settingsUi.privacy.methods.signed-paper')} />
        </Group>
      </Radio.Group>
      <Group>
        <Button loading={busy} onClick={() => void record()}>
          {t('settingsUi.privacy.record')}
        </Button>
      </Group>
    </>
  );
}

/** Records that a participant received the notice (privacy.acknowledge) and shows where they stand. */
export function AcknowledgeCard() {
  const { t } = useTranslation();
  const [participant, setParticipant] = useState<Participant | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="privacy-ack">
      <Title order={2} size="h3" id="privacy-ack" mb="xs">
        {t('settingsUi.privacy.ackTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('settingsUi.privacy.ackIntro')}
      </Text>
      <Stack gap="md" maw={640}>
        <ParticipantPicker id="ack-participant" selected={participant} onPick={setParticipant} />
        {/* keyed: another participant starts with a fresh status, method and message */}
        {participant && <ParticipantAck key={participant.id} participant={participant} />}
      </Stack>
    </Card>
  );
}
