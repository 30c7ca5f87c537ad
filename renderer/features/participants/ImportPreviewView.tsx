import { Badge, Group, Radio, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/schemas/participant';

export type ImportMode = 'valid-only' | 'all-or-nothing';
const SHOWN_PROBLEMS = 2000;
const COUNT_COLORS = {
  rows: 'gray.8',
  new: 'green.9',
  updated: 'blue.9',
  unchanged: 'gray.7',
  rejected: 'red.9',
} as const;

/** Step 3: counts, every problem by row/column/reason, per-field diffs of existing NIPs, and the mode. */
export function ImportPreviewView({
  preview,
  mode,
  onMode,
}: {
  preview: ImportPreview;
  mode: ImportMode;
  onMode: (m: ImportMode) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const shown = preview.problems.slice(0, SHOWN_PROBLEMS);
  return (
    <Stack gap="md">
      <Group gap="xs" data-testid="import-counts">
        {(Object.keys(COUNT_COLORS) as Array<keyof typeof COUNT_COLORS>).map((k) => (
          <Badge key={k} size="lg" variant="filled" color={COUNT_COLORS[k]} data-testid={`count-${k}`}>
            {t(`planning.wizard.counts.${k}`)}: {preview.counts[k]}
          </Badge>
        ))}
      </Group>
      <section aria-labelledby="import-problems">
        <Title order={3} size="h4" id="import-problems" mb="xs">
          {t('planning.wizard.problemsTitle', { count: preview.problems.length })}
        </Title>
        {preview.problems.length === 0 ? (
          <Text>{t('planning.wizard.noProblems')}</Text>
        ) : (
          <ScrollArea.Autosize mah={320} type="auto" tabIndex={0} aria-labelledby="import-problems">
            <Table striped data-testid="import-problems" aria-labelledby="import-problems">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('planning.wizard.problemRow')}</Table.Th>
                  <Table.Th scope="col">{t('planning.wizard.problemColumn')}</Table.Th>
                  <Table.Th scope="col">{t('planning.wizard.problemReason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((p, i) => (
                  <Table.Tr key={`${p.row}-${p.column}-${p.code}-${i}`}>
                    <Table.Td>{p.row}</Table.Td>
                    <Table.Td>{p.column || t('planning.wizard.wholeRow')}</Table.Td>
                    <Table.Td>{p.text[lang]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {preview.problems.length > shown.length && (
              <Text size="sm" mt="xs">
                {t('planning.wizard.moreProblems', { count: preview.problems.length - shown.length })}
              </Text>
            )}
          </ScrollArea.Autosize>
        )}
      </section>
      {preview.changes.length > 0 && (
        <section aria-labelledby="import-changes">
          <Title order={3} size="h4" id="import-changes" mb="xs">
            {t('planning.wizard.changesTitle', { count: preview.changes.length })}
          </Title>
          <ScrollArea.Autosize mah={320} type="auto" tabIndex={0} aria-labelledby="import-changes">
            <Table data-testid="import-changes" aria-labelledby="import-changes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('planning.wizard.problemRow')}</Table.Th>
                  <Table.Th scope="col">NIP</Table.Th>
                  <Table.Th scope="col">{t('planning.wizard.changeField')}</Table.Th>
                  <Table.Th scope="col">{t('planning.wizard.changeOld')}</Table.Th>
                  <Table.Th scope="col">{t('planning.wizard.changeNew')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.changes.flatMap((c) =>
                  c.fields.map((f) => (
                    <Table.Tr key={`${c.row}-${f.field}`}>
                      <Table.Td>{c.row}</Table.Td>
                      <Table.Td>
                        {c.nip} ({c.name})
                      </Table.Td>
                      <Table.Td>{t(`participants.fields.${f.field}`)}</Table.Td>
                      <Table.Td>
                        <del>{f.old ?? t('planning.common.none')}</del>
                      </Table.Td>
                      <Table.Td>
                        <ins>{f.new ?? t('planning.common.none')}</ins>
                      </Table.Td>
                    </Table.Tr>
                  )),
                )}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </section>
      )}
      <Radio.Group label={t('planning.wizard.modeLabel')} value={mode} onChange={(v) => onMode(v as ImportMode)}>
        <Stack gap="xs" mt="xs">
          <Radio value="valid-only" label={t('planning.wizard.modeValid')} />
          <Radio value="all-or-nothing" label={t('planning.wizard.modeAll')} />
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
