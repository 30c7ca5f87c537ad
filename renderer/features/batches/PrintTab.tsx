import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/files';
import type { BatchState } from './use-batch';
import { notify } from '../../components/notify';

/** Cetak: the schedule and participant list PDFs, made on the main side and offered as downloads. */
export function PrintTab({ state }: { state: BatchState }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const batchId = state.detail!.id;
  const language = i18n.language === 'en' ? 'en' : 'id';

  async function print(channel: 'batches.printSchedule' | 'batches.printParticipants') {
    setBusy(channel);
    const reply = await call(channel, { batchId, language });
    setBusy(null);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    downloadBase64(reply.value.fileName, reply.value.contentBase64, 'application/pdf');
    notify(t('planning.print.done', { file: reply.value.fileName }));
  }

  return (
    <Stack gap="sm">
      <ErrorAlert error={error} />
      <Text size="sm">{t('planning.print.hint')}</Text>
      <Group>
        <Button
          leftSection={<IconPrinter size={18} aria-hidden />}
          loading={busy === 'batches.printSchedule'}
          onClick={() => void print('batches.printSchedule')}
        >
          {t('planning.print.schedule')}
        </Button>
        <Button
          variant="light"
          leftSection={<IconPrinter size={18} aria-hidden />}
          loading={busy === 'batches.printParticipants'}
          onClick={() => void print('batches.printParticipants')}
        >
          {t('planning.print.participants')}
        </Button>
      </Group>
    </Stack>
  );
}
