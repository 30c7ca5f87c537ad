import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../shared/contract';
import { ErrorAlert } from './ErrorAlert';

export interface ConfirmActionProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** A strong confirmation: the button stays disabled until exactly this text is typed. */
  typeToConfirm?: { expected: string; label: string };
  /** Runs the action; a refusal from the main side is shown in the dialog, which stays open. */
  onConfirm: () => Promise<EnvelopeError | null>;
  onClose: () => void;
}

/**
 * The confirmation before a destructive or far-reaching action (restore, erase, apply an import,
 * undo). Esc or Batal cancels; a refusal from the main side stays in the dialog.
 */
export function ConfirmAction(props: ConfirmActionProps) {
  const { opened, title, children, confirmLabel, danger, typeToConfirm, onConfirm, onClose } = props;
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [typed, setTyped] = useState('');
  const close = () => {
    setError(null);
    setTyped('');
    onClose();
  };
  const ready = !typeToConfirm || typed.trim() === typeToConfirm.expected;

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
      closeButtonProps={{ 'aria-label': t('shell.common.close') }}
      data-testid="confirm-action"
    >
      <Stack gap="md">
        {children}
        {typeToConfirm && (
          <TextInput
            label={typeToConfirm.label}
            value={typed}
            autoComplete="off"
            onChange={(e) => setTyped(e.currentTarget.value)}
            data-autofocus
          />
        )}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('shell.common.cancel')}
          </Button>
          <Button
            color={danger ? 'red.8' : undefined}
            loading={busy}
            disabled={!ready}
            onClick={() => void confirm()}
            data-autofocus={typeToConfirm ? undefined : true}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A confirmation asked for on demand (delete this row, move that status on), kept in state. */
export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  /** As ConfirmAction's: return the main side's refusal to keep the dialog open and show it. */
  onConfirm: () => Promise<EnvelopeError | null>;
}

/** ConfirmAction for a request held in state: open while one is set; closing clears it. */
export function ConfirmRequestDialog({ request, onClose }: { request: ConfirmRequest | null; onClose: () => void }) {
  return (
    <ConfirmAction
      opened={request !== null}
      title={request?.title ?? ''}
      confirmLabel={request?.confirmLabel ?? ''}
      danger={request?.danger}
      onConfirm={request ? request.onConfirm : () => Promise.resolve(null)}
      onClose={onClose}
    >
      <Text>{request?.body}</Text>
    </ConfirmAction>
  );
}
