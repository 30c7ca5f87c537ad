import { Alert, Button, Grid, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, EnvelopeError } from '../../../shared/contract';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { useAppStore } from '../../lib/store';
import { checkDraft, isDirty, serverErrors, toDraft, type GuideDraft, type GuideErrors } from './guide-draft';
import { GuideEditor } from './GuideEditor';
import { GuideView } from './GuideView';
import { attemptLeave, useLeaveGuard } from '../../lib/leave-guard';
import type { BatchState } from './use-batch';

type BatchGuide = ChannelOutput<'guides.list'>[number];
const NO_ERRORS: GuideErrors = new Map();

const stamp = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/**
 * Panduan Wawancara: the batch's own BEI guide, one competency at a time. Coordinators and
 * admins edit it until the batch is closed; the main side checks the same (guides.save).
 * Field errors appear after the first attempt to save and then follow every keystroke.
 */
export function GuidesTab({ state }: { state: BatchState }) {
  const { t, i18n } = useTranslation();
  const detail = state.detail!;
  const role = useAppStore((s) => s.status?.user?.role);
  const editable = (role === 'admin' || role === 'coordinator') && detail.status !== 'closed';
  const [guides, setGuides] = useState<BatchGuide[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<GuideDraft | null>(null);
  const [checked, setChecked] = useState(false);
  const [fromServer, setFromServer] = useState<GuideErrors>(NO_ERRORS);
  const [problem, setProblem] = useState<EnvelopeError | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedNotice, setSavedNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void call('guides.list', { batchId: detail.id }).then((reply) => {
      if (!live) return;
      if (!reply.ok) return setProblem(reply.error);
      setGuides(reply.value);
      const first = reply.value[0];
      if (first) {
        setSelected(first.competency);
        setDraft(toDraft(first));
      }
    });
    return () => {
      live = false;
    };
  }, [detail.id]);

  const saved = guides?.find((g) => g.competency === selected) ?? null;
  const dirty = Boolean(editable && draft && saved && isDirty(draft, saved));
  const guard = useLeaveGuard(dirty);
  const name = (code: string) => {
    const n = state.competencyNames.get(code);
    return n ? (i18n.language === 'en' ? n.en : n.id) : code;
  };
  const check = draft ? checkDraft(draft) : null;
  const errors: GuideErrors =
    checked && check && 'errors' in check ? check.errors : fromServer.size > 0 ? fromServer : NO_ERRORS;

  const open = (guide: BatchGuide) => {
    setSelected(guide.competency);
    setDraft(toDraft(guide));
    setChecked(false);
    setFromServer(NO_ERRORS);
    setProblem(null);
    setSavedNotice(null);
  };

  const edit = (next: GuideDraft) => {
    setDraft(next);
    setFromServer(NO_ERRORS);
    setSavedNotice(null);
  };

  const save = async () => {
    if (!draft || !check) return;
    setChecked(true);
    if ('errors' in check) return;
    setSaving(true);
    const reply = await call('guides.save', { batchId: detail.id, guide: check.guide, revision: saved?.revision ?? null });
    setSaving(false);
    if (!reply.ok) {
      setProblem(reply.error);
      setFromServer(serverErrors(reply.error.details));
      return;
    }
    setProblem(null);
    setChecked(false);
    setGuides((list) => list?.map((g) => (g.competency === reply.value.competency ? reply.value : g)) ?? null);
    setDraft(toDraft(reply.value));
    setSavedNotice(t('guidesUi.saved', { competency: name(reply.value.competency) }));
  };

  // After a STALE refusal: the version someone else saved replaces this draft (the leave guard
  // asks first, since the draft is dirty).
  const loadLatest = async () => {
    const reply = await call('guides.list', { batchId: detail.id });
    if (!reply.ok) return setProblem(reply.error);
    const latest = reply.value.find((g) => g.competency === selected);
    attemptLeave(() => {
      setGuides(reply.value);
      if (latest) open(latest);
    });
  };

  const invalidCount = checked && check && 'errors' in check ? check.errors.size : 0;

  return (
    <Stack gap="md" data-testid="guides-tab">
      <div>
        <Title order={3} size="h4">
          {t('guidesUi.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('guidesUi.intro')}
        </Text>
      </div>
      {detail.status === 'closed' && (
        <Alert icon={<IconInfoCircle aria-hidden />} color="gray">
          {t('guidesUi.closed')}
        </Alert>
      )}
      {editable && detail.status === 'running' && <Text size="sm">{t('guidesUi.running')}</Text>}
      {!editable && detail.status !== 'closed' && <Text size="sm">{t('guidesUi.readOnly')}</Text>}
      <ErrorAlert error={problem} onLoadLatest={() => void loadLatest()} />
      {guides === null && !problem && <Loader size="sm" aria-label={t('shell.loading')} />}
      {guides !== null && guides.length === 0 && <Text size="sm">{t('guidesUi.empty')}</Text>}
      {guides !== null && saved && draft && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <nav aria-label={t('guidesUi.competencies')}>
              {guides.map((g) => (
                <NavLink
                  key={g.competency}
                  component="button"
                  label={name(g.competency)}
                  active={g.competency === selected}
                  aria-current={g.competency === selected ? 'true' : undefined}
                  onClick={() => g.competency !== selected && attemptLeave(() => open(g))}
                />
              ))}
            </nav>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            <Stack gap="md">
              <div>
                <Title order={3} size="h4" data-testid="guide-competency">
                  {name(saved.competency)}
                </Title>
                <Text size="xs" c="dimmed">
                  {t('guidesUi.lastSaved', { at: stamp(saved.updatedAt, i18n.language), revision: saved.revision })}
                </Text>
              </div>
              {editable ? <GuideEditor draft={draft} errors={errors} onChange={edit} /> : <GuideView guide={saved} />}
              {editable && (
                // Kept in view at the bottom while the long form scrolls.
                <Stack
                  gap="xs"
                  pos="sticky"
                  bottom={0}
                  bg="var(--mantine-color-body)"
                  py="xs"
                  style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 1 }}
                >
                  {invalidCount > 0 && (
                    <Text size="sm" c="red.9" role="alert">
                      {t('guidesUi.invalid', { count: invalidCount })}
                    </Text>
                  )}
                  <Group justify="space-between">
                    <Text size="sm" role="status" c={dirty ? 'orange.9' : undefined}>
                      {dirty ? t('guidesUi.dirty') : (savedNotice ?? '')}
                    </Text>
                    <Group gap="xs">
                      <Button variant="default" disabled={!dirty} onClick={() => attemptLeave(() => open(saved))}>
                        {t('guidesUi.discard')}
                      </Button>
                      <Button
                        leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                        disabled={!dirty}
                        loading={saving}
                        onClick={() => void save()}
                      >
                        {t('guidesUi.save')}
                      </Button>
                    </Group>
                  </Group>
                </Stack>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      <ConfirmAction
        opened={guard.asking}
        title={t('guidesUi.leaveTitle')}
        confirmLabel={t('guidesUi.leaveConfirm')}
        danger
        onConfirm={async () => {
          guard.leave();
          return null;
        }}
        onClose={guard.stay}
      >
        <Text size="sm">{t('guidesUi.leaveBody', { competency: saved ? name(saved.competency) : '' })}</Text>
      </ConfirmAction>
    </Stack>
  );
}
