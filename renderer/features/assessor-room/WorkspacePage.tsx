import { Anchor, Badge, Button, Card, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileDownload } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { EnvelopeError } from '../../../shared/contract';
import type { InterviewGuide } from '../../../shared/schemas/interview-guide';
import type { AssignmentWork } from '../../../shared/schemas/scoring';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { downloadBase64 } from '../../lib/files';
import { useAppStore } from '../../lib/store';
import { dayText, STATUS_COLORS, WARN } from './format';
import { InterviewGuidePanel } from './InterviewGuidePanel';
import { InterviewTimer, type TimerHandle } from './InterviewTimer';
import { NotesPane } from './NotesPane';
import { Rubric } from './Rubric';
import { ShortcutLegend } from './ShortcutLegend';
import { tagCompetencies } from './tagging';
import { useNoteAutosave } from './use-note-autosave';

async function fetchWork(assignmentId: string) {
  const reply = await call('workspace.get', { assignmentId });
  if (!reply.ok) return { work: null, guides: [], error: reply.error };
  // The guide is help, not a prerequisite: without it the notes and rubric still work.
  const guides = reply.value.assignment.exercise.kind === 'bei' ? await call('guides.list', { batchId: reply.value.assignment.batchId }) : null;
  return { work: reply.value, guides: guides?.ok ? guides.value : [], error: null };
}
type Loaded = Awaited<ReturnType<typeof fetchWork>> & { generation: number };

/** /assessor-room/<assignmentId>: loads the assignment (and the batch's guides for a BEI). */
export function WorkspacePage() {
  const { assignmentId = '' } = useParams();
  const [search] = useSearchParams();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    void fetchWork(assignmentId).then((r) => {
      if (live) setLoaded({ ...r, generation: 0 });
    });
    return () => {
      live = false;
    };
  }, [assignmentId]);

  const reload = useCallback(async () => {
    const r = await fetchWork(assignmentId);
    setLoaded((prev) => ({ ...r, generation: (prev?.generation ?? 0) + 1 }));
  }, [assignmentId]);

  if (loaded?.error) return <ErrorAlert error={loaded.error} />;
  if (!loaded?.work) return <Loader aria-label="…" />;
  return (
    <Workspace
      key={`${assignmentId}-${loaded.generation}`}
      work={loaded.work}
      guides={loaded.guides}
      autoFocus={search.get('focus') === 'notes' && loaded.generation === 0}
      onReload={reload}
    />
  );
}

function Workspace({
  work,
  guides,
  autoFocus,
  onReload,
}: {
  work: AssignmentWork;
  guides: InterviewGuide[];
  autoFocus: boolean;
  onReload(): Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const role = useAppStore((s) => s.status?.user?.role);
  const a = work.assignment;
  const recordable = a.batchStatus === 'running' || a.batchStatus === 'integration';
  const readOnly = work.submittedAt !== null || !recordable;
  const [startNote] = useState(() => (autoFocus && !readOnly ? crypto.randomUUID() : null));
  const notesApi = useNoteAutosave(a.assignmentId, work.notes, { startWith: startNote });
  const competencies = useMemo(() => tagCompetencies(work.rubric, i18n.language), [work.rubric, i18n.language]);
  const timer = useRef<TimerHandle>(null);
  const rubricHeading = useRef<HTMLHeadingElement>(null);
  const [followCompetency, setFollowCompetency] = useState<string | null>(null);
  const [paperError, setPaperError] = useState<EnvelopeError | null>(null);
  const isBei = a.exercise.kind === 'bei';
  // The first saved note starts the assignment on the main side; say so without a reload.
  const shownStatus =
    a.status === 'not-started' && notesApi.notes.some((n) => n.save === 'saved') ? 'in-progress' : a.status;

  const downloadPaper = async () => {
    const reply = await call('assignments.paperForm', { assignmentId: a.assignmentId });
    setPaperError(reply.ok ? null : reply.error);
    if (reply.ok) downloadBase64(reply.value.fileName, reply.value.pdfBase64, 'application/pdf');
  };
  const toRubric = useCallback(() => {
    rubricHeading.current?.scrollIntoView({ block: 'start' });
    rubricHeading.current?.focus();
  }, []);
  const toggleTimer = useCallback(() => timer.current?.toggle(), []);

  const notes = (
    <NotesPane
      api={notesApi}
      competencies={competencies}
      readOnly={readOnly}
      initialFocus={startNote}
      onTimerKey={toggleTimer}
      onRubricKey={toRubric}
      onActiveCompetency={setFollowCompetency}
    />
  );

  return (
    <Stack gap="md" data-testid="workspace">
      <Anchor component={Link} to="/assessor-room" size="sm">
        <IconArrowLeft size={14} aria-hidden /> {t('scoringUi.work.back')}
      </Anchor>
      <Card withBorder padding="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={2}>
            <Title order={2} size="h3" data-testid="workspace-title">
              {a.participant.name} — {a.exercise.name}
            </Title>
            <Text size="sm">
              NIP {a.participant.nip} · {t(`planning.exercises.kinds.${a.exercise.kind}`)} ·{' '}
              {t('scoringUi.work.duration', { minutes: a.exercise.durationMinutes })}
            </Text>
            <Text size="sm">
              {t('scoringUi.work.batch')}: {a.batchName}
              {a.day && ` · ${dayText(a.day, i18n.language)}`}
              {a.start && ` · ${a.start}–${a.end ?? ''}`}
              {a.room && ` · ${a.room}`}
            </Text>
          </Stack>
          <Stack gap="xs" align="flex-end">
            <Badge variant="filled" color={STATUS_COLORS[shownStatus]} data-testid="assignment-status">
              {t(`scoringUi.status.${shownStatus}`)}
            </Badge>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFileDownload size={16} aria-hidden />}
              onClick={() => void downloadPaper()}
            >
              {t('scoringUi.work.paperForm')}
            </Button>
          </Stack>
        </Group>
        {!readOnly && (
          <Group mt="sm">
            <InterviewTimer ref={timer} plannedMinutes={a.exercise.durationMinutes} />
          </Group>
        )}
      </Card>
      <ErrorAlert error={paperError} />
      {!recordable && (
        <Text c={WARN}>
          {t('scoringUi.work.notRecordable', { status: t(`planning.batch.statuses.${a.batchStatus}`) })}
        </Text>
      )}
      <Grid gap="md">
        {isBei ? (
          <>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <InterviewGuidePanel guides={guides} competencies={competencies} followCompetency={followCompetency} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="md">
                {notes}
                {!readOnly && <ShortcutLegend />}
              </Stack>
            </Grid.Col>
          </>
        ) : (
          <>
            <Grid.Col span={{ base: 12, md: 8 }}>{notes}</Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>{!readOnly && <ShortcutLegend />}</Grid.Col>
          </>
        )}
      </Grid>
      <Rubric
        ref={rubricHeading}
        work={work}
        notes={notesApi.notes}
        competencies={competencies}
        readOnly={readOnly}
        canReopen={role === 'coordinator'}
        onChanged={() => void onReload()}
      />
    </Stack>
  );
}
