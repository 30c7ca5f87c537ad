import { Alert, Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconArrowLeft, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import type { FrameworkNode } from '../../../shared/schemas/framework';
import type { PositionStandard } from '../../../shared/schemas/position-standard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConfirmRequestDialog, type ConfirmRequest } from '../../components/ConfirmAction';
import { call } from '../../lib/api';
import { fieldErrorText, zodFormOptions } from '../../lib/form-errors';
import { applyServerDetails } from '../../lib/server-errors';
import { LevelGrid, type GridValue } from './LevelGrid';
import { StandardDetailFields } from './StandardDetailFields';
import { DETAIL_FIELDS, standardDetails, type StandardDetails, type StandardDetailsInput } from './standard-schemas';

type Defaults = ChannelOutput<'standards.jenjangDefaults'>;

function gridOf(s: PositionStandard): GridValue {
  return Object.fromEntries(s.requirements.map((r) => [r.competency, { level: r.level, weight: r.weight }]));
}

/** One standard: post details, the competency × level grid with the jenjang default beside each row. */
export function StandardEditor({ id, onBack, canEdit }: { id: string; onBack: () => void; canEdit: boolean }) {
  const { t } = useTranslation();
  const [standard, setStandard] = useState<PositionStandard | null>(null);
  const [competencies, setCompetencies] = useState<FrameworkNode[]>([]);
  const [defaults, setDefaults] = useState<Defaults | null>(null);
  const [grid, setGrid] = useState<GridValue>({});
  const [verified, setVerified] = useState(false);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState<ConfirmRequest | null>(null);
  const form = useForm<StandardDetailsInput, unknown, StandardDetails>({
    resolver: zodResolver(standardDetails, zodFormOptions),
  });
  const { errors, isSubmitting } = form.formState;
  const err = (m: string | undefined) => fieldErrorText(t, m);
  const jenjang = useWatch({ control: form.control, name: 'jenjang' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const s = await call('standards.get', { id });
      if (!live) return;
      if (!s.ok) return setError(s.error);
      const [fw, d] = await Promise.all([
        call('frameworks.get', { frameworkId: s.value.frameworkId }),
        call('standards.jenjangDefaults', {}),
      ]);
      if (!live) return;
      if (!fw.ok) return setError(fw.error);
      if (d.ok) setDefaults(d.value);
      const required = new Set(s.value.requirements.map((r) => r.competency));
      setStandard(s.value);
      setCompetencies(
        fw.value.snapshot.nodes.filter((n) => n.kind === 'competency' && (!n.retired || required.has(n.idNumber))),
      );
      setGrid(gridOf(s.value));
      setVerified(!s.value.verify);
      form.reset({ name: s.value.name, jenjang: s.value.jenjang, unit: s.value.unit, agency: s.value.agency });
    })();
    return () => {
      live = false;
    };
  }, [id, form]);

  const submit = form.handleSubmit(async (details) => {
    if (!standard) return;
    const requirements = competencies.flatMap((c) => {
      const cell = grid[c.idNumber];
      return cell && cell.level !== null ? [{ competency: c.idNumber, level: cell.level, weight: cell.weight }] : [];
    });
    const reply = await call('standards.update', {
      id: standard.id,
      fields: { ...details, frameworkId: standard.frameworkId, requirements },
      verify: !verified,
    });
    if (!reply.ok) {
      setSaved(false);
      setError(reply.error);
      applyServerDetails(reply.error, DETAIL_FIELDS, form.setError);
      return;
    }
    setError(null);
    setSaved(true);
    setStandard(reply.value);
    setGrid(gridOf(reply.value));
  });

  const remove = () =>
    standard &&
    setConfirming({
      title: t('dictionaryUi.standards.delete'),
      body: t('dictionaryUi.standards.deleteConfirm', { name: standard.name }),
      confirmLabel: t('dictionaryUi.standards.delete'),
      danger: true,
      onConfirm: async () => {
        const reply = await call('standards.delete', { id: standard.id });
        if (!reply.ok) return reply.error;
        onBack();
        return null;
      },
    });

  const defaultLevel = defaults?.defaults.find((d) => d.jenjang === jenjang)?.level ?? null;
  const requiredCount = Object.values(grid).filter((c) => c.level !== null).length;
  return (
    <Stack gap="md" data-testid="standard-editor">
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack}>
          {t('dictionaryUi.standards.back')}
        </Button>
        {standard && (
          <Group gap="xs">
            {standard.isDefault && <Badge color="blue.9">{t('dictionaryUi.standards.isDefault')}</Badge>}
            {standard.verify && <Badge color="#9a3412">{t('dictionaryUi.standards.verify')}</Badge>}
          </Group>
        )}
      </Group>
      {standard && (
        <Title order={2} size="h3">
          {t('dictionaryUi.standards.editorTitle', { name: standard.name })}
        </Title>
      )}
      <ErrorAlert error={error} />
      {saved && (
        <Alert
          color="green"
          variant="light"
          role="status"
          data-testid="standard-saved"
          withCloseButton
          onClose={() => setSaved(false)}
          closeButtonLabel={t('dictionaryUi.common.cancel')}
        >
          <Text size="sm">{t('dictionaryUi.standards.saved')}</Text>
        </Alert>
      )}
      {standard && (
        <form
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label={t('dictionaryUi.standards.editorTitle', { name: standard.name })}
        >
          <Stack gap="md">
            <Card withBorder padding="md" component="fieldset" disabled={!canEdit} style={{ margin: 0 }}>
              <Text component="legend" fw={700} px={4}>
                {t('dictionaryUi.standards.fields')}
              </Text>
              <StandardDetailFields bind={(f) => ({ ...form.register(f), error: err(errors[f]?.message) })} />
              <Checkbox
                mt="sm"
                label={t('dictionaryUi.standards.markVerified')}
                checked={verified}
                onChange={(e) => setVerified(e.currentTarget.checked)}
              />
            </Card>
            <Card withBorder padding="md" component="section" aria-labelledby="grid-title">
              <Group justify="space-between" mb={4}>
                <Title order={3} size="h4" id="grid-title">
                  {t('dictionaryUi.standards.grid')}
                </Title>
                <Text size="sm" c="dimmed" data-testid="required-count">
                  {t('dictionaryUi.standards.requirementCount', { count: requiredCount })}
                </Text>
              </Group>
              <Text size="sm" c="dimmed" mb="xs">
                {t('dictionaryUi.standards.gridHint')}
              </Text>
              {defaults?.verify && (
                <Text size="sm" c="dimmed" mb="xs">
                  {t('dictionaryUi.standards.defaultsNote')}: {t('dictionaryUi.standards.verify').toLowerCase()}
                </Text>
              )}
              <LevelGrid
                competencies={competencies}
                value={grid}
                defaultLevel={defaultLevel}
                onChange={(c, cell) => {
                  setSaved(false);
                  setGrid((g) => ({ ...g, [c]: cell }));
                }}
              />
            </Card>
            {canEdit && (
              <Group justify="space-between">
                <Button type="submit" loading={isSubmitting} leftSection={<IconDeviceFloppy size={16} aria-hidden />}>
                  {t('dictionaryUi.standards.save')}
                </Button>
                <Button
                  variant="default"
                  color="red.9"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={remove}
                >
                  {t('dictionaryUi.standards.delete')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      )}
      <ConfirmRequestDialog request={confirming} onClose={() => setConfirming(null)} />
    </Stack>
  );
}
