import { Button, Card, Group, Modal, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { useAppStore } from '../../lib/store';

type Created = ChannelOutput<'demo.create'>;

/**
 * First run: for an admin or coordinator on a database without batches, offer one complete
 * sample batch (demo.create, after a confirmation), then point to Hasil & Talenta.
 */
export function DemoStart() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.status?.user?.role);
  const staff = role === 'admin' || role === 'coordinator';
  const [empty, setEmpty] = useState(false);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);

  useEffect(() => {
    if (!staff) return;
    let live = true;
    void call('batches.list', {}).then((reply) => {
      if (live) setEmpty(reply.ok && reply.value.length === 0);
    });
    return () => {
      live = false;
    };
  }, [staff]);

  async function create() {
    setBusy(true);
    const reply = await call('demo.create', { confirm: true });
    setBusy(false);
    setAsking(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setCreated(reply.value);
  }

  if (!staff || (!empty && !created)) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="demo-title" data-testid="demo-start">
      <Title order={2} size="h3" id="demo-title" mb="sm">
        {t('resultsUi.demo.title')}
      </Title>
      {created ? (
        <>
          <Text role="status" mb="sm" data-testid="demo-done">
            {t('resultsUi.demo.done', { name: created.batchName, participants: created.participants })}
          </Text>
          <Group>
            <Button component={Link} to="/results">
              {t('resultsUi.demo.open')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <Text mb="sm">{t('resultsUi.demo.body')}</Text>
          <Group>
            <Button onClick={() => setAsking(true)} loading={busy}>
              {t('resultsUi.demo.button')}
            </Button>
          </Group>
        </>
      )}
      <ErrorAlert error={error} />
      <Modal
        opened={asking}
        onClose={() => !busy && setAsking(false)}
        title={t('resultsUi.demo.confirmTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('resultsUi.close') }}
      >
        <Text mb="lg">{busy ? t('resultsUi.demo.creating') : t('resultsUi.demo.confirmBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setAsking(false)} disabled={busy}>
            {t('resultsUi.demo.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void create()}>
            {t('resultsUi.demo.confirm')}
          </Button>
        </Group>
      </Modal>
    </Card>
  );
}
