import { Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<void> | void;
}

/** One confirmation dialog (delete, status change, replacing assignments); Esc or Batal cancels. */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('planning.common.close') }}
      opened={request !== null}
      onClose={onClose}
      title={request?.title}
      centered
    >
      <Text mb="lg">{request?.body}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('planning.common.cancel')}
        </Button>
        <Button
          color={request?.danger ? 'red.8' : undefined}
          loading={busy}
          onClick={() => {
            if (!request) return;
            setBusy(true);
            void Promise.resolve(request.onConfirm()).finally(() => {
              setBusy(false);
              onClose();
            });
          }}
        >
          {request?.confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
