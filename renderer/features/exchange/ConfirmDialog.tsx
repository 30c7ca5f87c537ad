import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** Runs the action; a refusal from the main side stays in the dialog. */
  onConfirm: () => Promise<EnvelopeError | null>;
  onClose: () => void;
}

/** The confirmation before a far-reaching action (apply, undo, untrust). Esc or Batal cancels. */
export function ConfirmDialog({ opened, title, children, confirmLabel, danger, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    const problem = await onConfirm();
    setBusy(false);
    if (problem) setError(problem);
    else close();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('exchangeUi.common.close') }}
    >
      <Stack gap="md">
        {children}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('exchangeUi.common.cancel')}
          </Button>
          <Button color={danger ? 'red.8' : undefined} loading={busy} onClick={() => void confirm()} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
