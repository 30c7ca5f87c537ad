import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../../shared/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { call } from '../../../lib/api';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { formatDateTime } from '../format';
import { BackupTable, reasonLabel, type Backup } from './BackupTable';
import { notify } from '../../../components/notify';

type Listing = ChannelOutput<'backups.list'>;

/**
 * Cadangan (administrators): the backups, "back up now", and a restore that is scheduled for
 * the next start (the open database cannot be swapped under the running app); the main side
 * backs up the current state first, so a restore can itself be undone.
 */
export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void call('backups.list', {}).then((reply) => {
      if (!live) return;
      if (reply.ok) setListing(reply.value);
      else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const create = async () => {
    setCreating(true);
    const reply = await call('backups.create', {});
    setCreating(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    notify(t('settingsUi.backups.created', { time: formatDateTime(i18n.language, reply.value.takenAt) }));
    setVersion((v) => v + 1);
  };

  const schedule = async (): Promise<EnvelopeError | null> => {
    if (!restoring) return null;
    const reply = await call('backups.scheduleRestore', { name: restoring.name });
    if (!reply.ok) return reply.error;
    notify(t('settingsUi.backups.scheduled'), 'blue');
    setVersion((v) => v + 1);
    return null;
  };

  const cancel = async () => {
    const reply = await call('backups.cancelRestore', {});
    if (!reply.ok) return setError(reply.error);
    notify(t('settingsUi.backups.cancelled'));
    setVersion((v) => v + 1);
  };

  const time = restoring ? formatDateTime(i18n.language, restoring.takenAt) : '';
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-backups">
      <Title order={2} size="h3" id="settings-backups" mb="xs">
        {t('settingsUi.backups.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('settingsUi.backups.intro')}
      </Text>
      <Stack gap="md">
        <ErrorAlert error={error} />
        {listing?.pendingRestore && (
          <Alert
            color="orange"
            variant="light"
            title={t('settingsUi.backups.pendingTitle')}
            icon={<IconRestore aria-hidden />}
            data-testid="pending-restore"
          >
            <Text size="sm" mb="sm">
              {t('settingsUi.backups.pendingBody', { name: listing.pendingRestore })}
            </Text>
            <Button variant="default" onClick={() => void cancel()}>
              {t('settingsUi.backups.cancelRestore')}
            </Button>
          </Alert>
        )}
        <Group>
          <Button
            leftSection={<IconDatabaseExport size={18} aria-hidden />}
            loading={creating}
            onClick={() => void create()}
          >
            {t('settingsUi.backups.backupNow')}
          </Button>
        </Group>
        {listing && <BackupTable backups={listing.backups} onRestore={setRestoring} />}
      </Stack>
      <ConfirmAction
        opened={restoring !== null}
        title={t('settingsUi.backups.restoreTitle', { time })}
        confirmLabel={t('settingsUi.backups.restoreConfirm')}
        danger
        onConfirm={schedule}
        onClose={() => setRestoring(null)}
      >
        <List spacing="xs">
          <List.Item>
            {t('settingsUi.backups.restoreWhat', { time, reason: restoring ? reasonLabel(t, restoring.reason) : '' })}
          </List.Item>
          <List.Item fw={600}>{t('settingsUi.backups.restoreRestart')}</List.Item>
          <List.Item>{t('settingsUi.backups.restoreUndo')}</List.Item>
        </List>
      </ConfirmAction>
    </Card>
  );
}
