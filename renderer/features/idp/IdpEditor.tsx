import { Alert, Button, Card, Group, List, NumberInput, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import type { IdpView } from '../../../shared/schemas/results';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { lang } from '../results/gap-tone';
import { ActivityRow } from './ActivityRow';
import { draftOf, jpPerYear, newActivity, updatePayload, type ActivityDraft, type IdpDraft } from './idp-draft';

interface Props {
  idp: IdpView;
  onSaved(idp: IdpView): void;
  /** After a STALE refusal: the panel fetches the stored IDP and opens a fresh editor on it. */
  onLoadLatest(): void;
}

/** The IDP editor: period, mentor, supervisor, and per gap the target, evidence and activities; JP per year live. */
export function IdpEditor({ idp, onSaved, onLoadLatest }: Props) {
  const { t, i18n } = useTranslation();
  const l = lang(i18n.language);
  const [draft, setDraft] = useState<IdpDraft>(() => draftOf(idp));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EnvelopeError | null>(null);
  const [saved, setSaved] = useState(false);
  const [jpTable, setJpTable] = useState<Record<string, number> | undefined>(undefined);
  const years = jpPerYear(draft);

  useEffect(() => {
    let live = true;
    void call('results.settings', {}).then((reply) => {
      if (live && reply.ok) setJpTable(reply.value.jpTable);
    });
    return () => {
      live = false;
    };
  }, []);

  const patchItem = (i: number, patch: Partial<IdpDraft['items'][number]>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, items: d.items.map((it, k) => (k === i ? { ...it, ...patch } : it)) }));
  };
  const setActivities = (i: number, f: (a: ActivityDraft[]) => ActivityDraft[]) =>
    patchItem(i, { activities: f(draft.items[i]!.activities) });

  async function save() {
    setBusy(true);
    const reply = await call('idp.update', updatePayload(idp, draft));
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setSaved(true);
    onSaved(reply.value);
  }

  return (
    <Stack gap="md" data-testid="idp-editor">
      <Group grow align="flex-end">
        <TextInput
          type="date"
          label={t('resultsUi.idp.periodFrom')}
          value={draft.periodFrom}
          onChange={(e) => setDraft({ ...draft, periodFrom: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('resultsUi.idp.periodTo')}
          value={draft.periodTo}
          onChange={(e) => setDraft({ ...draft, periodTo: e.currentTarget.value })}
        />
        <TextInput
          label={t('resultsUi.idp.mentor')}
          value={draft.mentor ?? ''}
          onChange={(e) => setDraft({ ...draft, mentor: e.currentTarget.value })}
        />
        <TextInput
          label={t('resultsUi.idp.supervisor')}
          value={draft.supervisor ?? ''}
          onChange={(e) => setDraft({ ...draft, supervisor: e.currentTarget.value })}
        />
      </Group>
      <Card withBorder padding="sm" component="section" aria-labelledby="jp-title" data-testid="jp-summary">
        <Title order={3} size="h5" id="jp-title">
          {t('resultsUi.idp.jpTitle')}
        </Title>
        {years.length === 0 && <Text size="sm">{t('resultsUi.idp.jpNone')}</Text>}
        <Group gap="lg">
          {years.map((y) => (
            <Text key={y.year} size="sm" fw={600} c={y.belowMinimum ? 'red.8' : undefined}>
              {t('resultsUi.idp.jpYear', y)}
            </Text>
          ))}
        </Group>
        {years.some((y) => y.belowMinimum) && (
          <Alert color="orange" role="alert" mt="xs" data-testid="jp-warning">
            {years
              .filter((y) => y.belowMinimum)
              .map((y) => (
                <Text key={y.year} size="sm">
                  {t('resultsUi.idp.jpWarning', y)}
                </Text>
              ))}
          </Alert>
        )}
      </Card>
      {idp.items.length === 0 && <Text>{t('resultsUi.idp.noItems')}</Text>}
      {idp.items.map((item, i) => {
        const d = draft.items[i]!;
        const titleId = `idp-item-${item.id}`;
        return (
          <Card key={item.id} withBorder padding="md" component="section" aria-labelledby={titleId}>
            <Title order={3} size="h5" id={titleId} mb="xs">
              {t('resultsUi.idp.item', {
                name: item.competencyName[l],
                achieved: item.achieved,
                target: d.target,
                required: item.required,
              })}
            </Title>
            <NumberInput
              label={t('resultsUi.idp.target')}
              value={d.target}
              min={1}
              max={5}
              w={140}
              onChange={(v) => patchItem(i, { target: Number(v) || item.target })}
            />
            {item.indicators.length > 0 && (
              <>
                <Text size="sm" fw={600} mt="sm">
                  {t('resultsUi.idp.indicators')}
                </Text>
                <List size="sm">
                  {item.indicators.map((ind) => (
                    <List.Item key={ind.idNumber}>
                      {ind.idNumber} {ind.text[l]}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            <Textarea
              label={t('resultsUi.idp.evidence')}
              value={d.evidence}
              rows={2}
              mt="sm"
              onChange={(e) => patchItem(i, { evidence: e.currentTarget.value })}
            />
            <Text size="sm" fw={600} mt="sm">
              {t('resultsUi.idp.activities')}
            </Text>
            <Stack gap="xs">
              {d.activities.map((a, k) => (
                <ActivityRow
                  key={k}
                  n={k + 1}
                  activity={a}
                  jpTable={jpTable}
                  onChange={(next) => setActivities(i, (list) => list.map((x, j) => (j === k ? next : x)))}
                  onRemove={() => setActivities(i, (list) => list.filter((_, j) => j !== k))}
                />
              ))}
            </Stack>
            <Button
              variant="light"
              mt="xs"
              w="fit-content"
              leftSection={<IconPlus aria-hidden size={16} />}
              onClick={() => setActivities(i, (list) => [...list, newActivity(draft.periodFrom)])}
            >
              {t('resultsUi.idp.addActivity')}
            </Button>
          </Card>
        );
      })}
      <ErrorAlert error={error} onLoadLatest={onLoadLatest} />
      <Group>
        <Button onClick={() => void save()} loading={busy}>
          {t('resultsUi.idp.save')}
        </Button>
        {saved && (
          <Text size="sm" role="status">
            {t('resultsUi.idp.saved')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
