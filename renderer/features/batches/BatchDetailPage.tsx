import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AssessorsTab } from './AssessorsTab';
import { ExercisesTab } from './ExercisesTab';
import { GuidesTab } from './GuidesTab';
import { dateRange, STATUS_COLORS, statusLabel } from './format';
import { MatrixTab } from './MatrixTab';
import { MembersTab } from './MembersTab';
import { PrintTab } from './PrintTab';
import { ScheduleTab } from './ScheduleTab';
import { StatusActions } from './StatusActions';
import { TeamTab } from './TeamTab';
import { useBatch } from './use-batch';
import { attemptLeave } from '../../lib/leave-guard';
import { WarningsTab } from './WarningsTab';

const TABS = [
  'team',
  'participants',
  'exercises',
  'matrix',
  'assessors',
  'schedule',
  'guides',
  'warnings',
  'print',
] as const;

/** One batch: header with status and its change, then a tab per planning task. */
export function BatchDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const state = useBatch(id);
  const { detail } = state;
  // Controlled, so a tab with unsaved changes (the guide editor) can ask before it is left.
  const [tab, setTab] = useState<string>('team');
  return (
    <Stack gap="md" data-testid="batch-detail">
      <Anchor component={Link} to="/batches" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden />
          {t('planning.batch.backToList')}
        </Group>
      </Anchor>
      <ErrorAlert error={state.error} />
      {detail && (
        <>
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={2} size="h3" data-testid="batch-name">
                {detail.name}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`planning.batch.purposes.${detail.purpose}`)} · {dateRange(detail, i18n.language)}
                {detail.venue ? ` · ${detail.venue}` : ''}
              </Text>
            </div>
            <Group gap="sm">
              <Badge size="lg" variant="filled" color={STATUS_COLORS[detail.status]} data-testid="batch-status">
                {statusLabel(t, detail.status)}
              </Badge>
              <StatusActions state={state} />
            </Group>
          </Group>
          {detail.status !== 'planning' && (
            <Text size="sm" c="dimmed">
              {t('planning.batch.planLocked')}
            </Text>
          )}
          <Tabs value={tab} onChange={(v) => v && attemptLeave(() => setTab(v))} keepMounted={false}>
            <Tabs.List>
              {TABS.map((tab) => (
                <Tabs.Tab
                  key={tab}
                  value={tab}
                  rightSection={
                    tab === 'warnings' && state.warnings.length > 0 ? (
                      <Badge size="sm" color="#a63c06" variant="filled" data-testid="warning-count">
                        {state.warnings.length}
                      </Badge>
                    ) : undefined
                  }
                >
                  {t(`planning.tabs.${tab}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="team" pt="md">
              <TeamTab state={state} />
            </Tabs.Panel>
            <Tabs.Panel value="participants" pt="md">
              <MembersTab state={state} />
            </Tabs.Panel>
            <Tabs.Panel value="exercises" pt="md">
              <ExercisesTab state={state} />
            </Tabs.Panel>
            <Tabs.Panel value="matrix" pt="md">
              <MatrixTab state={state} />
            </Tabs.Panel>
            <Tabs.Panel value="assessors" pt="md">
              <AssessorsTab state={state} />
            </Tabs.Panel>
            <Tabs.Panel value="schedule" pt="md">
              <ScheduleTab state={state} />
            </Tabs.Panel>
            <Tabs.Panel value="guides" pt="md">
              <GuidesTab state={state} />
            </Tabs.Panel>
            <Tabs.Panel value="warnings" pt="md">
              <WarningsTab state={state} />
            </Tabs.Panel>
            <Tabs.Panel value="print" pt="md">
              <PrintTab state={state} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
