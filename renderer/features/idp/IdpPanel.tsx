import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { IdpView } from '../../../shared/schemas/results';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { ApprovalsPanel } from './ApprovalsPanel';
import { IdpEditor } from './IdpEditor';

/** One participant's IDP: fetched, or a "generate draft" button when there is none yet. */
export function IdpPanel({ batchId, participantId }: { batchId: string; participantId: string }) {
  const { t } = useTranslation();
  const [idp, setIdp] = useState<IdpView | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [busy, setBusy] = useState(false);

  // Bumped when "Muat versi terbaru" (after a STALE refusal) has fetched the stored IDP: a fresh editor.
  const [loaded, setLoaded] = useState(0);

  useEffect(() => {
    // The screen keys this panel by participant, so a new one starts empty.
    let live = true;
    void call('idp.get', { batchId, participantId }).then((reply) => {
      if (!live) return;
      if (reply.ok) {
        setIdp(reply.value);
        setError(null);
      } else if (reply.error.code === 'NOT_FOUND') {
        setMissing(true);
        setError(null);
      } else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [batchId, participantId]);

  async function loadLatest() {
    const reply = await call('idp.get', { batchId, participantId });
    if (!reply.ok) return setError(reply.error);
    setIdp(reply.value);
    setLoaded((n) => n + 1);
  }

  async function generate() {
    setBusy(true);
    const reply = await call('idp.generate', { batchId, participantId });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setMissing(false);
    setIdp(reply.value);
  }

  return (
    <Stack gap="md">
      <ErrorAlert error={error} />
      {missing && (
        <Stack gap="xs" align="flex-start">
          <Text>{t('resultsUi.idp.none')}</Text>
          <Button onClick={() => void generate()} loading={busy}>
            {t('resultsUi.idp.generate')}
          </Button>
        </Stack>
      )}
      {idp && (
        <>
          <Title order={2} size="h3">
            {t('resultsUi.idp.title')}: {idp.name} ({idp.nip})
          </Title>
          <ApprovalsPanel idp={idp} onChanged={setIdp} />
          <IdpEditor key={`${idp.id}/${loaded}`} idp={idp} onSaved={setIdp} onLoadLatest={() => void loadLatest()} />
        </>
      )}
    </Stack>
  );
}
