import { Badge, Button, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { useAppStore } from '../../lib/store';
import { dateTime } from '../assessor-room/format';
import type { MatrixRow } from './types';

/** Per participant: "Kunci & tanda tangan" once every competency is decided; unlock with a reason. */
export function LockControls({ batchId, row, onChanged }: { batchId: string; row: MatrixRow; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const me = useAppStore((s) => s.status?.user?.displayName ?? '');
  const [mode, setMode] = useState<'lock' | 'unlock' | null>(null);
  const [signOff, setSignOff] = useState(me);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<EnvelopeError | null>(null);
  const allDecided = row.cells.every((c) => c.decision !== null);

  const lock = async () => {
    const reply = await call('integration.lock', {
      batchId,
      participantId: row.participantId,
      signOffName: signOff.trim(),
    });
    if (!reply.ok) return setError(reply.error);
    setMode(null);
    onChanged();
  };
  const unlock = async () => {
    const reply = await call('integration.unlock', {
      batchId,
      participantId: row.participantId,
      reason: reason.trim(),
    });
    if (!reply.ok) return setError(reply.error);
    setMode(null);
    setReason('');
    onChanged();
  };

  return (
    <Stack gap={4} align="flex-start">
      {row.lock ? (
        <>
          <Badge
            color="gray.8"
            variant="filled"
            leftSection={<IconLock size={12} aria-hidden />}
            data-testid="locked-badge"
          >
            {t('scoringUi.integration.lockedShort')}
          </Badge>
          <Text size="xs">
            {t('scoringUi.integration.locked', {
              name: row.lock.signOffName,
              at: dateTime(row.lock.lockedAt, i18n.language),
            })}
          </Text>
          <Button
            size="compact-xs"
            variant="default"
            leftSection={<IconLockOpen size={14} aria-hidden />}
            onClick={() => setMode('unlock')}
          >
            {t('scoringUi.integration.unlock')}
          </Button>
        </>
      ) : (
        <>
          <Button
            size="compact-xs"
            leftSection={<IconLock size={14} aria-hidden />}
            disabled={!allDecided}
            onClick={() => setMode('lock')}
            aria-label={`${t('scoringUi.integration.lock')} — ${row.name}`}
          >
            {t('scoringUi.integration.lock')}
          </Button>
          {!allDecided && <Text size="xs">{t('scoringUi.integration.lockHint')}</Text>}
        </>
      )}
      <Modal closeButtonProps={{ 'aria-label': t('planning.common.close') }}
        opened={mode !== null}
        onClose={() => setMode(null)}
        title={t(mode === 'unlock' ? 'scoringUi.integration.unlockTitle' : 'scoringUi.integration.lockTitle', {
          participant: row.name,
        })}
      >
        <Stack>
          {mode === 'lock' && (
            <TextInput
              label={t('scoringUi.integration.signOffName')}
              required
              value={signOff}
              onChange={(e) => setSignOff(e.currentTarget.value)}
            />
          )}
          {mode === 'unlock' && (
            <Textarea
              label={t('scoringUi.integration.unlockReason')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          )}
          <ErrorAlert error={error} />
          <Button
            onClick={() => void (mode === 'lock' ? lock() : unlock())}
            disabled={mode === 'lock' ? signOff.trim() === '' : reason.trim() === ''}
          >
            {t(mode === 'unlock' ? 'scoringUi.integration.confirmUnlock' : 'scoringUi.integration.confirmLock')}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
