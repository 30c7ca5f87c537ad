import { Button, Card, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slotInput } from '../../../shared/schemas/batch';
import { call } from '../../lib/api';
import { useNameBook } from './name-book';
import type { BatchState } from './use-batch';
import { notify } from '../../components/notify';

/** Assigns one assessor to one participant for one exercise, with an optional time slot. */
export function ManualAssignForm({ state }: { state: BatchState }) {
  const { t } = useTranslation();
  const names = useNameBook(state);
  const detail = state.detail!;
  const [participantId, setParticipant] = useState('');
  const [exerciseId, setExercise] = useState('');
  const [assessorId, setAssessor] = useState('');
  const [day, setDay] = useState(detail.startsOn);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [room, setRoom] = useState('');
  const [slotError, setSlotError] = useState<string | undefined>();
  const pick = { value: '', label: t('planning.schedule.pick') };
  const teamAssessors = detail.team.filter((m) => m.role === 'asesor');

  async function submit() {
    let slot = null;
    if (start || end) {
      const parsed = slotInput.safeParse({ day, start, end, room: room.trim() || null });
      if (!parsed.success) {
        const msg = parsed.error.issues[0]?.message;
        setSlotError(
          msg === 'ends-before-start' ? t('planning.common.endsBeforeStart') : t('planning.common.timeFormat'),
        );
        return;
      }
      slot = parsed.data;
    }
    setSlotError(undefined);
    const done = await state.run(() =>
      call('assignments.assign', { batchId: detail.id, participantId, assessorId, exerciseId, slot }),
    );
    if (done) notify(t('planning.schedule.assigned'), 'green');
  }

  return (
    <Card withBorder component="section" aria-labelledby="manual-assign-title">
      <Title order={3} size="h4" id="manual-assign-title" mb="sm">
        {t('planning.schedule.manualTitle')}
      </Title>
      <form
        aria-labelledby="manual-assign-title"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('planning.schedule.participant')}
              value={participantId}
              onChange={(e) => setParticipant(e.currentTarget.value)}
              data={[pick, ...detail.participants.map((p) => ({ value: p.participantId, label: p.name }))]}
            />
            <NativeSelect
              label={t('planning.schedule.exercise')}
              value={exerciseId}
              onChange={(e) => setExercise(e.currentTarget.value)}
              data={[pick, ...detail.exercises.map((x) => ({ value: x.id, label: x.name }))]}
            />
            <NativeSelect
              label={t('planning.schedule.assessor')}
              value={assessorId}
              onChange={(e) => setAssessor(e.currentTarget.value)}
              data={[pick, ...teamAssessors.map((m) => ({ value: m.userId, label: names.assessor(m.userId) }))]}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TextInput
              type="date"
              label={t('planning.schedule.dayField')}
              value={day}
              onChange={(e) => setDay(e.currentTarget.value)}
            />
            <TextInput
              type="time"
              label={t('planning.schedule.start')}
              value={start}
              onChange={(e) => setStart(e.currentTarget.value)}
            />
            <TextInput
              type="time"
              label={t('planning.schedule.end')}
              value={end}
              error={slotError}
              onChange={(e) => setEnd(e.currentTarget.value)}
            />
            <TextInput
              label={t('planning.schedule.roomField')}
              value={room}
              onChange={(e) => setRoom(e.currentTarget.value)}
            />
          </SimpleGrid>
          <div>
            <Button type="submit" disabled={!participantId || !exerciseId || !assessorId}>
              {t('planning.schedule.assign')}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
