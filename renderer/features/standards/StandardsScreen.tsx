import { ActionIcon, Alert, Badge, Card, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconCopy, IconPencil, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { JENJANG, type JenjangCode } from '../../../shared/domain/jenjang';
import type { PositionStandard } from '../../../shared/schemas/position-standard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { useAppStore } from '../../lib/store';
import { fold } from '../dictionary/dictionary-model';
import { CreateFromJenjang } from './CreateFromJenjang';
import { jenjangLabel, jenjangOptions } from './jenjang-options';
import { StandardEditor } from './StandardEditor';

/** Standar Kompetensi Jabatan: the list (search, jenjang filter, copy), creation from a jenjang, the editor. */
export function StandardsScreen() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.status?.user?.role);
  const canEdit = role === 'admin' || role === 'coordinator';
  const [standards, setStandards] = useState<PositionStandard[] | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [query, setQuery] = useState('');
  const [jenjang, setJenjang] = useState<JenjangCode | ''>('');
  const [editing, setEditing] = useState<string | null>(null);
  // Kept as a catalogue key, so it follows a language switch.
  const [notice, setNotice] = useState<{ key: string; name: string } | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (editing) return;
    let live = true;
    void call('standards.list', jenjang ? { jenjang } : {}).then((reply) => {
      if (!live) return;
      if (reply.ok) {
        setStandards(reply.value);
        setError(null);
      } else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [jenjang, version, editing]);

  if (editing) {
    return (
      <StandardEditor
        id={editing}
        canEdit={canEdit}
        onBack={() => {
          setEditing(null);
          setVersion((v) => v + 1);
        }}
      />
    );
  }

  const q = fold(query.trim());
  const rank = (s: PositionStandard) => JENJANG.findIndex((j) => j.code === s.jenjang);
  // In jenjang order (JPT Utama … Pemula), the agency's own standards before the seeded defaults.
  const shown = (standards ?? [])
    .filter((s) => q === '' || [s.name, s.unit, s.agency].some((x) => fold(x).includes(q)))
    .sort((a, b) => rank(a) - rank(b) || Number(a.isDefault) - Number(b.isDefault) || a.name.localeCompare(b.name));
  const copy = async (s: PositionStandard) => {
    const reply = await call('standards.copy', { id: s.id });
    if (!reply.ok) return setError(reply.error);
    setNotice({ key: 'dictionaryUi.standards.copied', name: reply.value.name });
    setEditing(reply.value.id);
  };

  return (
    <Stack gap="lg" data-testid="standards-screen">
      <ErrorAlert error={error} />
      {notice && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
          closeButtonLabel={t('dictionaryUi.common.cancel')}
        >
          <Text size="sm">{t(notice.key, { name: notice.name })}</Text>
        </Alert>
      )}
      {canEdit && (
        <CreateFromJenjang
          onCreated={(s) => {
            setNotice({ key: 'dictionaryUi.standards.created', name: s.name });
            setEditing(s.id);
          }}
        />
      )}
      <Card withBorder padding="lg" component="section" aria-label={t('dictionaryUi.standards.caption')}>
        <Group align="flex-end" mb="md">
          <TextInput
            label={t('dictionaryUi.standards.search')}
            leftSection={<IconSearch size={16} aria-hidden />}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            style={{ flex: '1 1 260px' }}
          />
          <NativeSelect
            label={t('dictionaryUi.standards.jenjangFilter')}
            data={[
              { group: '', items: [{ value: '', label: t('dictionaryUi.standards.allJenjang') }] },
              ...jenjangOptions(t),
            ]}
            value={jenjang}
            onChange={(e) => setJenjang(e.currentTarget.value as JenjangCode | '')}
            w={240}
            data-testid="jenjang-filter"
          />
        </Group>
        {standards && shown.length === 0 ? (
          <Text>{t('dictionaryUi.standards.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover data-testid="standards-table">
              <Table.Caption className="visually-hidden">{t('dictionaryUi.standards.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dictionaryUi.standards.name')}</Table.Th>
                  <Table.Th scope="col">{t('dictionaryUi.standards.group')}</Table.Th>
                  <Table.Th scope="col">{t('dictionaryUi.standards.jenjang')}</Table.Th>
                  <Table.Th scope="col">{t('dictionaryUi.standards.unit')}</Table.Th>
                  <Table.Th scope="col">{t('dictionaryUi.standards.badges')}</Table.Th>
                  <Table.Th scope="col">{t('dictionaryUi.standards.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((s) => (
                  <Table.Tr key={s.id} data-testid="standard-row">
                    <Table.Td fw={500}>{s.name}</Table.Td>
                    <Table.Td>{t(`dictionaryUi.groups.${s.group}`)}</Table.Td>
                    <Table.Td>{jenjangLabel(s.jenjang)}</Table.Td>
                    <Table.Td>{s.unit || '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {s.isDefault && (
                          <Badge color="blue.9" size="sm">
                            {t('dictionaryUi.standards.isDefault')}
                          </Badge>
                        )}
                        {s.verify && (
                          <Badge color="#9a3412" size="sm">
                            {t('dictionaryUi.standards.verify')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          color="blue.9"
                          aria-label={t('dictionaryUi.standards.edit', { name: s.name })}
                          onClick={() => setEditing(s.id)}
                        >
                          <IconPencil size={18} aria-hidden />
                        </ActionIcon>
                        {canEdit && (
                          <ActionIcon
                            variant="subtle"
                            color="blue.9"
                            aria-label={t('dictionaryUi.standards.copy', { name: s.name })}
                            onClick={() => void copy(s)}
                          >
                            <IconCopy size={18} aria-hidden />
                          </ActionIcon>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
