import { Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnvelopeError } from '../../../shared/contract';
import type { WorkspaceDay } from '../../../shared/schemas/scoring';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { dayText, STATUS_COLORS } from './format';

/** Ruang Asesor: the signed-in assessor's own assignments by day and time slot. */
export function AssignmentList() {
  const { t, i18n } = useTranslation();
  const [days, setDays] = useState<WorkspaceDay[] | null>(null);
  const [error, setError] = useState<EnvelopeError | null>(null);

  useEffect(() => {
    void call('workspace.list', {}).then((reply) => {
      if (reply.ok) setDays(reply.value);
      setError(reply.ok ? null : reply.error);
    });
  }, []);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('scoringUi.room.title')}
        </Title>
        <Button
          component={Link}
          to="/assessor-room/reentry"
          variant="default"
          leftSection={<IconKeyboard size={18} aria-hidden />}
        >
          {t('scoringUi.room.reentry')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {!days && !error && <Loader aria-label="…" />}
      {days && days.length === 0 && <Text>{t('scoringUi.room.empty')}</Text>}
      {days?.map((d) => {
        const dayLabel = d.day ? dayText(d.day, i18n.language) : t('scoringUi.room.unscheduled');
        return (
          <Card
            key={d.day ?? 'none'}
            withBorder
            padding="md"
            component="section"
            aria-label={dayLabel}
            data-testid="workspace-day"
          >
            <Title order={3} size="h4" mb="xs">
              {dayLabel}
            </Title>
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing="xs">
                <Table.Caption className="visually-hidden">
                  {t('scoringUi.room.caption', { day: dayLabel })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('scoringUi.room.timeCol')}</Table.Th>
                    <Table.Th scope="col">{t('scoringUi.room.participant')}</Table.Th>
                    <Table.Th scope="col">{t('scoringUi.room.exercise')}</Table.Th>
                    <Table.Th scope="col">{t('scoringUi.room.roomCol')}</Table.Th>
                    <Table.Th scope="col">{t('scoringUi.room.statusCol')}</Table.Th>
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('scoringUi.room.open')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.slots.flatMap((slot) =>
                    slot.items.map((item) => (
                      <Table.Tr key={item.assignmentId} data-testid="workspace-item">
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {slot.start
                            ? t('scoringUi.room.time', { start: slot.start, end: slot.end ?? '' })
                            : t('scoringUi.room.noTime')}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {item.participant.name}
                          </Text>
                          <Text size="xs">NIP {item.participant.nip}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{item.exercise.name}</Text>
                          <Text size="xs">{item.batchName}</Text>
                        </Table.Td>
                        <Table.Td>{item.room ?? '—'}</Table.Td>
                        <Table.Td>
                          <Badge variant="filled" color={STATUS_COLORS[item.status]}>
                            {t(`scoringUi.status.${item.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Button
                            component={Link}
                            to={`/assessor-room/${item.assignmentId}`}
                            size="xs"
                            aria-label={t('scoringUi.room.openLabel', {
                              participant: item.participant.name,
                              exercise: item.exercise.name,
                            })}
                          >
                            {t('scoringUi.room.open')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    )),
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        );
      })}
    </Stack>
  );
}
