import { Alert, Box, Button, Grid, Group, Paper, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArchive, IconPencil, IconPlus, IconRestore, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Envelope, EnvelopeError } from '../../../shared/contract';
import type { EditResult } from '../../../shared/schemas/dictionary';
import type { FrameworkNode, FrameworkSnapshot } from '../../../shared/schemas/framework';
import { ConfirmRequestDialog, type ConfirmRequest } from '../../components/ConfirmAction';
import { call } from '../../lib/api';
import { RetiredBadge, TypeBadge } from './badges';
import { CompetencyTree } from './CompetencyTree';
import { competencyTree, filterTree, textOf } from './dictionary-model';
import { LevelColumns, type LevelActions } from './LevelColumns';
import { TechnicalModal } from './TechnicalModal';
import { TextEditModal, type TextEditRequest } from './TextEditModal';

interface Props {
  frameworkId: string;
  snapshot: FrameworkSnapshot;
  /** Null when the user may not edit or an old version is shown. */
  editable: boolean;
  onEdited(result: EditResult): Promise<void>;
  onError(error: EnvelopeError | null): void;
}

/** Search, the tree, the chosen competency's definition and its levels, and the edit dialogs. */
export function BrowsePanel({ frameworkId, snapshot, editable, onEdited, onError }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<TextEditRequest | null>(null);
  const [confirming, setConfirming] = useState<ConfirmRequest | null>(null);
  const [addingTechnical, setAddingTechnical] = useState(false);
  const full = useMemo(() => competencyTree(snapshot), [snapshot]);
  // Typing stays responsive: the tree (189 nodes in the ASN dictionary) follows a moment later.
  const deferred = useDeferredValue(query);
  const { tree, open } = useMemo(() => filterTree(full, deferred), [full, deferred]);
  const current = full.find((c) => c.node.idNumber === selected) ?? null;

  /** Sends one edit; on success the screen reloads the version it went to. */
  const send = async (reply: Promise<Envelope<EditResult>>): Promise<EnvelopeError | null> => {
    const r = await reply;
    if (!r.ok) return r.error;
    await onEdited(r.value);
    return null;
  };
  const textLabels = (kind: 'level' | 'indicator', code: string | number) =>
    kind === 'level'
      ? {
          descriptionId: t('dictionaryUi.dictionary.levelDescriptionId', { level: code }),
          descriptionEn: t('dictionaryUi.dictionary.levelDescriptionEn', { level: code }),
        }
      : {
          descriptionId: t('dictionaryUi.dictionary.indicatorId', { code }),
          descriptionEn: t('dictionaryUi.dictionary.indicatorEn', { code }),
        };

  const levelActions: LevelActions | null = editable
    ? {
        editLevel: (node) =>
          setEditing({
            title: t('dictionaryUi.dictionary.editLevel', { level: node.level ?? '' }),
            withName: false,
            labels: textLabels('level', node.level ?? ''),
            initial: { description: node.description },
            submit: (v) =>
              send(call('frameworks.updateNode', { frameworkId, idNumber: node.idNumber, description: v.description })),
          }),
        editIndicator: (node) => {
          const code = textOf(node.name, lang);
          setEditing({
            title: t('dictionaryUi.dictionary.editIndicator', { code }),
            withName: false,
            labels: textLabels('indicator', code),
            initial: { description: node.description },
            submit: (v) =>
              send(call('frameworks.updateNode', { frameworkId, idNumber: node.idNumber, description: v.description })),
          });
        },
        addIndicator: (level) =>
          setEditing({
            title: t('dictionaryUi.dictionary.newIndicator', { level: level.level ?? '' }),
            withName: false,
            labels: textLabels('indicator', `${level.level ?? ''}.…`),
            initial: { description: { id: '', en: '' } },
            submit: (v) =>
              send(
                call('frameworks.addIndicator', {
                  frameworkId,
                  levelIdNumber: level.idNumber,
                  description: v.description,
                }),
              ),
          }),
        removeIndicator: (node) => {
          const code = textOf(node.name, lang);
          setConfirming({
            title: t('dictionaryUi.dictionary.removeIndicator', { code }),
            body: t('dictionaryUi.dictionary.removeConfirm', { code }),
            confirmLabel: t('dictionaryUi.dictionary.removeIndicator', { code }),
            danger: true,
            onConfirm: () => send(call('frameworks.removeIndicator', { frameworkId, idNumber: node.idNumber })),
          });
        },
      }
    : null;

  const editCompetency = (node: FrameworkNode) =>
    setEditing({
      title: t('dictionaryUi.dictionary.editCompetency'),
      withName: true,
      labels: {
        nameId: t('dictionaryUi.dictionary.nameId'),
        nameEn: t('dictionaryUi.dictionary.nameEn'),
        descriptionId: t('dictionaryUi.dictionary.definitionId'),
        descriptionEn: t('dictionaryUi.dictionary.definitionEn'),
      },
      initial: { name: node.name, description: node.description },
      submit: (v) =>
        send(
          call('frameworks.updateNode', {
            frameworkId,
            idNumber: node.idNumber,
            name: v.name,
            description: v.description,
          }),
        ),
    });

  const retire = async (node: FrameworkNode) =>
    onError(
      await send(call('frameworks.retireNode', { frameworkId, idNumber: node.idNumber, retired: !node.retired })),
    );

  return (
    <Stack gap="md">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="sm">
            <TextInput
              label={t('dictionaryUi.dictionary.search')}
              description={t('dictionaryUi.dictionary.searchHint')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              type="search"
              mb="xs"
              data-testid="dictionary-search"
            />
            <Text size="sm" c="dimmed" role="status" mb="xs">
              {deferred.trim() === ''
                ? ''
                : tree.length === 0
                  ? t('dictionaryUi.dictionary.noMatch', { query: deferred.trim() })
                  : t('dictionaryUi.dictionary.searchCount', { count: tree.length })}
            </Text>
            <ScrollArea.Autosize mah={520} type="auto" offsetScrollbars>
              <CompetencyTree
                tree={tree}
                searchOpen={open}
                query={deferred}
                selected={selected}
                onSelect={setSelected}
              />
            </ScrollArea.Autosize>
            {editable && (
              <Button
                mt="sm"
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setAddingTechnical(true)}
              >
                {t('dictionaryUi.dictionary.addTechnical')}
              </Button>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {current ? (
            <Paper
              withBorder
              p="md"
              component="section"
              aria-labelledby="competency-title"
              data-testid="competency-detail"
            >
              <Group gap="xs" mb="xs">
                <Title order={2} size="h3" id="competency-title">
                  {textOf(current.node.name, lang)}
                </Title>
                <TypeBadge type={current.node.competencyType} />
                <RetiredBadge retired={current.node.retired} />
              </Group>
              {lang === 'id' && current.node.name.en && (
                <Text size="sm" c="dimmed" mb="xs" lang="en">
                  {current.node.name.en}
                </Text>
              )}
              {current.node.retired && (
                <Alert color="gray" variant="light" mb="sm" role="note">
                  {t('dictionaryUi.dictionary.retiredNote')}
                </Alert>
              )}
              <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                {t('dictionaryUi.dictionary.definition')}
              </Text>
              <Text mb="md">{textOf(current.node.description, lang)}</Text>
              {editable && (
                <Group gap="sm">
                  <Button
                    variant="default"
                    leftSection={<IconPencil size={16} aria-hidden />}
                    onClick={() => editCompetency(current.node)}
                  >
                    {t('dictionaryUi.dictionary.editCompetency')}
                  </Button>
                  <Button
                    variant="default"
                    leftSection={
                      current.node.retired ? (
                        <IconRestore size={16} aria-hidden />
                      ) : (
                        <IconArchive size={16} aria-hidden />
                      )
                    }
                    onClick={() => void retire(current.node)}
                  >
                    {current.node.retired
                      ? t('dictionaryUi.dictionary.reinstate')
                      : t('dictionaryUi.dictionary.retire')}
                  </Button>
                </Group>
              )}
            </Paper>
          ) : (
            <Paper withBorder p="md">
              <Text c="dimmed">{t('dictionaryUi.dictionary.pickCompetency')}</Text>
            </Paper>
          )}
        </Grid.Col>
      </Grid>
      {current && <LevelColumns competency={current} actions={levelActions} />}
      <Box>
        <TextEditModal request={editing} onClose={() => setEditing(null)} />
        <ConfirmRequestDialog request={confirming} onClose={() => setConfirming(null)} />
        <TechnicalModal
          opened={addingTechnical}
          onClose={() => setAddingTechnical(false)}
          submit={async (values) => {
            const r = await call('frameworks.addTechnical', { frameworkId, parent: null, ...values });
            if (!r.ok) return r.error;
            setSelected(values.idNumber);
            await onEdited(r.value);
            return null;
          }}
        />
      </Box>
    </Stack>
  );
}
