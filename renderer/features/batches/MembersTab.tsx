import { ActionIcon, Button, Group, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../shared/domain/nip';
import type { Participant } from '../../../shared/schemas/participant';
import { call } from '../../lib/api';
import type { BatchState } from './use-batch';
import { notify } from '../../components/notify';

/** Peserta of the batch: the numbered list, and adding from the registry by search. */
export function MembersTab({ state }: { state: BatchState }) {
  const { t } = useTranslation();
  const detail = state.detail!;
  const editable = detail.status === 'planning';
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [results, setResults] = useState<{ query: string; items: Participant[] }>({ query: '', items: [] });
  const found = debounced && results.query === debounced ? results.items : [];
  const inBatch = new Set(detail.participants.map((p) => p.participantId));

  useEffect(() => {
    if (!debounced) return;
    let live = true;
    void call('participants.search', { query: debounced, offset: 0, limit: 20 }).then((r) => {
      if (live && r.ok) setResults({ query: debounced, items: r.value.items });
    });
    return () => {
      live = false;
    };
  }, [debounced]);

  async function add(ids: string[]) {
    const added = await state.run(() => call('batches.addParticipants', { batchId: detail.id, participantIds: ids }));
    if (added) notify(t('planning.members.added', { count: added.added }), 'green');
  }

  const addable = found.filter((p) => !inBatch.has(p.id));
  return (
    <Stack gap="md">
      {detail.participants.length === 0 ? (
        <Text>{t('planning.members.empty')}</Text>
      ) : (
        <Table striped data-testid="batch-participants">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planning.members.number')}</Table.Th>
              <Table.Th scope="col">NIP</Table.Th>
              <Table.Th scope="col">{t('planning.people.col.name')}</Table.Th>
              <Table.Th scope="col">{t('planning.people.col.unit')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('planning.people.col.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.participants.map((p) => (
              <Table.Tr key={p.participantId}>
                <Table.Td>{p.number}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatNip(p.nip)}</Table.Td>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{p.unit ?? ''}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red.8"
                    disabled={!editable}
                    aria-label={t('planning.members.remove', { name: p.name })}
                    onClick={() =>
                      void state.run(() =>
                        call('batches.removeParticipant', { batchId: detail.id, participantId: p.participantId }),
                      )
                    }
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && (
        <Stack gap="xs">
          <Group align="flex-end">
            <TextInput
              type="search"
              label={t('planning.members.search')}
              description={t('planning.people.searchHint')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              w={360}
            />
            <Button variant="light" disabled={addable.length === 0} onClick={() => void add(addable.map((p) => p.id))}>
              {t('planning.members.addSelected')} ({addable.length})
            </Button>
          </Group>
          {found.length > 0 && (
            <ScrollArea.Autosize mah={280} type="auto">
              <Table data-testid="registry-results">
                <Table.Tbody>
                  {found.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatNip(p.nip)}</Table.Td>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td>{p.unit ?? ''}</Table.Td>
                      <Table.Td>
                        {inBatch.has(p.id) ? (
                          <Text size="sm" c="dimmed">
                            {t('planning.members.already')}
                          </Text>
                        ) : (
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('planning.members.add', { name: p.name })}
                            onClick={() => void add([p.id])}
                          >
                            {t('planning.common.add')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
        </Stack>
      )}
    </Stack>
  );
}
