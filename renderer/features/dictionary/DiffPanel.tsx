import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { FieldChange, VersionDiff, VersionSummary } from '../../../shared/schemas/dictionary';
import type { FrameworkNode } from '../../../shared/schemas/framework';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { textOf } from './dictionary-model';
import { versionLabel } from './version-label';

const shown = (v: unknown): string => {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v === '' ? '—' : v;
  return JSON.stringify(v);
};

function ChangeTable({ rows, caption }: { rows: Array<{ item: string } & FieldChange>; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="diff-changed">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dictionaryUi.dictionary.diff.item')}</Table.Th>
            <Table.Th scope="col">{t('dictionaryUi.dictionary.diff.field')}</Table.Th>
            <Table.Th scope="col">{t('dictionaryUi.dictionary.diff.old')}</Table.Th>
            <Table.Th scope="col">{t('dictionaryUi.dictionary.diff.new')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.item}:${r.field}`}>
              <Table.Td>{r.item}</Table.Td>
              <Table.Td>{t(`dictionaryUi.dictionary.diff.fields.${r.field}`, { defaultValue: r.field })}</Table.Td>
              <Table.Td>
                <Text size="sm" td="line-through" c="red.9">
                  {shown(r.old)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="#1d6b2f">
                  {shown(r.new)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NodeList({ nodes, title, testId }: { nodes: FrameworkNode[]; title: string; testId: string }) {
  const { i18n } = useTranslation();
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {nodes.map((n) => (
        <Text size="sm" key={n.idNumber}>
          <Text span fw={700} size="sm">
            {n.idNumber}
          </Text>{' '}
          {textOf(n.name, i18n.language)} — {textOf(n.description, i18n.language)}
        </Text>
      ))}
    </Stack>
  );
}

/**
 * Two versions of the framework side by side: what was added, removed and changed (old → new).
 * The screen keys it by the version list, so a new version re-picks the two latest.
 */
export function DiffPanel({ versions }: { versions: VersionSummary[] }) {
  const { t, i18n } = useTranslation();
  const sorted = [...versions].sort((a, b) => a.number - b.number);
  const [from, setFrom] = useState(sorted.at(-2)?.id ?? '');
  const [to, setTo] = useState(sorted.at(-1)?.id ?? '');
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);

  if (sorted.length < 2) return <Text c="dimmed">{t('dictionaryUi.dictionary.diff.needTwo')}</Text>;
  const options = sorted.map((v) => ({ value: v.id, label: versionLabel(t, v, i18n.language) }));
  const compare = async () => {
    const reply = await call('frameworks.diff', { fromVersionId: from, toVersionId: to });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setDiff(reply.value);
  };
  const changes = diff?.changed.flatMap((c) => c.changes.map((ch) => ({ item: c.idNumber, ...ch }))) ?? [];
  const header = diff?.header.map((h) => ({ item: t('dictionaryUi.dictionary.framework'), ...h })) ?? [];
  const empty = diff && diff.added.length + diff.removed.length + diff.changed.length + diff.header.length === 0;
  return (
    <Stack gap="md">
      <Group align="flex-end">
        <NativeSelect
          label={t('dictionaryUi.dictionary.diff.from')}
          data={options}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('dictionaryUi.dictionary.diff.to')}
          data={options}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Button onClick={() => void compare()}>{t('dictionaryUi.dictionary.diff.compare')}</Button>
      </Group>
      <ErrorAlert error={error} />
      {diff && (
        <Stack gap="md" data-testid="diff-result">
          {empty && <Text>{t('dictionaryUi.dictionary.diff.none')}</Text>}
          {header.length > 0 && (
            <>
              <Title order={3} size="h5">
                {t('dictionaryUi.dictionary.diff.header', { count: header.length })}
              </Title>
              <ChangeTable rows={header} caption={t('dictionaryUi.dictionary.diff.header', { count: header.length })} />
            </>
          )}
          {diff.added.length > 0 && (
            <NodeList
              nodes={diff.added}
              title={t('dictionaryUi.dictionary.diff.added', { count: diff.added.length })}
              testId="diff-added"
            />
          )}
          {diff.removed.length > 0 && (
            <NodeList
              nodes={diff.removed}
              title={t('dictionaryUi.dictionary.diff.removed', { count: diff.removed.length })}
              testId="diff-removed"
            />
          )}
          {changes.length > 0 && (
            <>
              <Title order={3} size="h5">
                {t('dictionaryUi.dictionary.diff.changed', { count: diff.changed.length })}
              </Title>
              <ChangeTable
                rows={changes}
                caption={t('dictionaryUi.dictionary.diff.changed', { count: diff.changed.length })}
              />
            </>
          )}
          <Text size="sm" c="dimmed">
            {t('dictionaryUi.dictionary.diff.unchanged', { count: diff.unchanged })}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
