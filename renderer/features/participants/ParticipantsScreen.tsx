import { Button, Card, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { formatNip } from '../../../shared/domain/nip';
import type { Participant } from '../../../shared/schemas/participant';
import { ConfirmRequestDialog, type ConfirmRequest } from '../../components/ConfirmAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/files';
import { ImportWizard } from './ImportWizard';
import { ParticipantForm } from './ParticipantForm';
import { ParticipantList } from './ParticipantList';
import { useParticipantSearch } from './use-participant-search';
import { notify } from '../../components/notify';

const MIME = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** Peserta: search the registry, a virtualised list, create/edit/delete, import and export. */
export function ParticipantsScreen() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const pages = useParticipantSearch(query);
  const [editing, setEditing] = useState<Participant | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);

  async function exportAs(format: 'csv' | 'xlsx') {
    const reply = await call('participants.export', { format });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    downloadBase64(reply.value.fileName, reply.value.contentBase64, MIME[format]);
    notify(t('planning.people.exported', { count: reply.value.count, file: reply.value.fileName }));
  }

  function askDelete(p: Participant) {
    setConfirm({
      title: t('planning.people.deleteTitle'),
      body: t('planning.people.deleteBody', { name: p.name, nip: formatNip(p.nip) }),
      confirmLabel: t('planning.common.delete'),
      danger: true,
      onConfirm: async () => {
        const reply = await call('participants.delete', { id: p.id });
        if (!reply.ok) return reply.error;
        notify(t('planning.people.deleted', { name: p.name }), 'green');
        pages.reload();
        return null;
      },
    });
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t('planning.people.searchLabel')}
          description={t('planning.people.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={360}
        />
        <Group gap="xs">
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
            {t('planning.people.add')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconFileImport size={18} aria-hidden />}
            onClick={() => setImporting(true)}
          >
            {t('planning.people.import')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            onClick={() => void exportAs('csv')}
          >
            {t('planning.people.exportCsv')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            onClick={() => void exportAs('xlsx')}
          >
            {t('planning.people.exportXlsx')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={error ?? pages.error} />
      <Card withBorder padding={0}>
        <Text size="sm" px="sm" py={6} role="status" data-testid="participant-count">
          {pages.total === null ? t('planning.common.loading') : t('planning.people.count', { count: pages.total })}
        </Text>
        {pages.total === 0 ? (
          <Text p="md">{t(query.trim() ? 'planning.people.empty' : 'planning.people.registryEmpty')}</Text>
        ) : (
          <ParticipantList pages={pages} onEdit={(p) => setEditing(p)} onDelete={askDelete} />
        )}
      </Card>
      <Modal
        closeButtonProps={{ 'aria-label': t('planning.common.close') }}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t(editing === 'new' ? 'planning.people.formTitleNew' : 'planning.people.formTitleEdit')}
        size="xl"
      >
        {editing !== null && (
          <ParticipantForm
            existing={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              pages.reload();
            }}
            onReloaded={pages.reload}
          />
        )}
      </Modal>
      <Modal
        closeButtonProps={{ 'aria-label': t('planning.common.close') }}
        opened={importing}
        onClose={() => setImporting(false)}
        title={t('planning.wizard.title')}
        size="80rem"
      >
        {importing && <ImportWizard onImported={pages.reload} />}
      </Modal>
      <ConfirmRequestDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}
