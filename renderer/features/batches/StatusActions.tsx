import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { ConfirmRequestDialog, type ConfirmRequest } from '../../components/ConfirmAction';
import { nextStatus, statusLabel } from './format';
import type { BatchState } from './use-batch';
import { notify } from '../../components/notify';

/** The one forward step of the batch's status (planning → running → integration → closed), confirmed first. */
export function StatusActions({ state }: { state: BatchState }) {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const detail = state.detail;
  if (!detail) return null;
  const next = nextStatus(detail.status);
  if (!next) return null;
  return (
    <>
      <Button
        variant="light"
        onClick={() =>
          setConfirm({
            title: t(`planning.batch.nextStatus.${next}`),
            body: t('planning.batch.statusConfirm', {
              name: detail.name,
              from: statusLabel(t, detail.status),
              to: statusLabel(t, next),
            }),
            confirmLabel: t(`planning.batch.nextStatus.${next}`),
            onConfirm: async () => {
              const done = await state.run(() => call('batches.setStatus', { id: detail.id, status: next }));
              if (done) notify(t('planning.batch.statusChanged', { status: statusLabel(t, next) }), 'green');
              return null; // a refusal is shown on the batch page (state.run)
            },
          })
        }
      >
        {t(`planning.batch.nextStatus.${next}`)}
      </Button>
      <ConfirmRequestDialog request={confirm} onClose={() => setConfirm(null)} />
    </>
  );
}
