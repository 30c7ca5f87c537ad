import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  run(): Promise<void>;
}

/** A yes/no question in a dialog (focus-trapped, Escape cancels), instead of window.confirm. */
export function ConfirmModal({ request, onClose }: { request: ConfirmRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      title={request?.title}
      transitionProps={{ duration: 0 }}
      closeButtonProps={{ 'aria-label': t('dictionaryUi.common.close') }}
    >
      <Stack>
        <Text>{request?.message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('dictionaryUi.common.cancel')}
          </Button>
          <Button
            color="red.9"
            onClick={() => {
              const r = request;
              onClose();
              if (r) void r.run();
            }}
          >
            {request?.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
