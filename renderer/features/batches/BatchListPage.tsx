import { Anchor, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { EnvelopeError } from '../../../shared/contract';
import type { BatchSummary } from '../../../shared/schemas/batch';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { BatchForm } from './BatchForm';
import { dateRange, STATUS_COLORS, statusLabel } from './format';

export function BatchListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [batches, setBatches] = useState<BatchSummary[] | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let live = true;
    void call('batches.list', {}).then((reply) => {
      if (!live) return;
      if (reply.ok) setBatches(reply.value);
      setError(reply.ok ? null : reply.error);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('planning.batch.listTitle')}
        </Title>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
          {t('planning.batch.create')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      <Card withBorder padding={0}>
        {batches && batches.length === 0 && <Text p="md">{t('planning.batch.empty')}</Text>}
        {batches && batches.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover data-testid="batch-table">
              <Table.Caption className="visually-hidden">{t('planning.batch.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('planning.batch.name')}</Table.Th>
                  <Table.Th scope="col">{t('planning.batch.purpose')}</Table.Th>
                  <Table.Th scope="col">{t('planning.batch.status')}</Table.Th>
                  <Table.Th scope="col">{t('planning.batch.dates')}</Table.Th>
                  <Table.Th scope="col">{t('planning.batch.participants')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {batches.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/batches/${b.id}`}>
                        {b.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`planning.batch.purposes.${b.purpose}`)}</Table.Td>
                    <Table.Td>
                      <Badge variant="filled" color={STATUS_COLORS[b.status]}>
                        {statusLabel(t, b.status)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{dateRange(b, i18n.language)}</Table.Td>
                    <Table.Td>{b.participantCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Modal
        closeButtonProps={{ 'aria-label': t('planning.common.close') }}
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('planning.batch.createTitle')}
        size="lg"
      >
        {creating && (
          <BatchForm
            onCancel={() => setCreating(false)}
            onCreated={(b) => {
              setCreating(false);
              void navigate(`/batches/${b.id}`);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
