import { ActionIcon, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconTrash, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentView } from '../../../shared/schemas/batch';
import { call } from '../../lib/api';
import { ConfirmRequestDialog, type ConfirmRequest } from '../../components/ConfirmAction';
import { ManualAssignForm } from './ManualAssignForm';
import { useNameBook } from './name-book';
import type { BatchState } from './use-batch';
import { notify } from '../../components/notify';

/** Groups assignments into day → room → rows sorted by time; unscheduled ones last. */
function timetable(
  assignments: AssignmentView[],
): Array<{ day: string | null; room: string | null; rows: AssignmentView[] }> {
  const groups = new Map<string, { day: string | null; room: string | null; rows: AssignmentView[] }>();
  for (const a of assignments) {
    const key = `${a.day ?? '~'}|${a.room ?? ''}`;
    const g = groups.get(key) ?? { day: a.day, room: a.room, rows: [] };
    g.rows.push(a);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, g]) => ({ ...g, rows: g.rows.sort((x, y) => (x.start ?? '').localeCompare(y.start ?? '')) }));
}

/** Penugasan & Jadwal: automatic assignment, the timetable per day and room, manual (un)assignment. */
export function ScheduleTab({ state }: { state: BatchState }) {
  const { t } = useTranslation();
  const names = useNameBook(state);
  const detail = state.detail!;
  const editable = detail.status === 'planning';
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const exerciseName = (id: string) => detail.exercises.find((e) => e.id === id)?.name ?? id;

  async function auto() {
    const made = await state.run(() => call('assignments.auto', { batchId: detail.id }));
    if (made) notify(t('planning.schedule.autoDone', { count: made.length }), 'green');
  }

  return (
    <Stack gap="md">
      {editable && (
        <Group>
          <Button
            leftSection={<IconWand size={18} aria-hidden />}
            onClick={() =>
              detail.assignments.length === 0
                ? void auto()
                : setConfirm({
                    title: t('planning.schedule.auto'),
                    body: t('planning.schedule.autoConfirm'),
                    confirmLabel: t('planning.schedule.auto'),
                    onConfirm: async () => {
                      await auto();
                      return null; // a refusal is shown on the batch page (state.run)
                    },
                  })
            }
          >
            {t('planning.schedule.auto')}
          </Button>
        </Group>
      )}
      {detail.assignments.length === 0 && <Text>{t('planning.schedule.empty')}</Text>}
      {timetable(detail.assignments).map((g) => {
        const day = g.day ? t('planning.schedule.day', { day: names.date(g.day) }) : t('planning.schedule.unscheduled');
        const room = g.room ? t('planning.schedule.room', { room: g.room }) : t('planning.schedule.noRoom');
        return (
          <Card withBorder key={`${g.day}|${g.room}`} padding="sm" component="section" aria-label={`${day}, ${room}`}>
            <Title order={3} size="h5" mb="xs">
              {day} · {room}
            </Title>
            <Table striped data-testid="timetable">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('planning.schedule.time')}</Table.Th>
                  <Table.Th scope="col">{t('planning.schedule.exercise')}</Table.Th>
                  <Table.Th scope="col">{t('planning.schedule.participant')}</Table.Th>
                  <Table.Th scope="col">{t('planning.schedule.assessor')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('planning.people.col.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.rows.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {a.start ? `${a.start}–${a.end}` : t('planning.common.none')}
                    </Table.Td>
                    <Table.Td>{exerciseName(a.exerciseId)}</Table.Td>
                    <Table.Td>{names.participant(a.participantId)}</Table.Td>
                    <Table.Td>{names.assessor(a.assessorId)}</Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red.8"
                        disabled={!editable || a.status !== 'not-started'}
                        aria-label={t('planning.schedule.unassign', {
                          participant: names.participant(a.participantId),
                          exercise: exerciseName(a.exerciseId),
                        })}
                        onClick={() => void state.run(() => call('assignments.unassign', { assignmentId: a.id }))}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        );
      })}
      {editable && <ManualAssignForm state={state} />}
      <ConfirmRequestDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}
