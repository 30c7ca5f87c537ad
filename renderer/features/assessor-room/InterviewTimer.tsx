import { Button, Group, Progress, Text } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay, IconRotate } from '@tabler/icons-react';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { duration, WARN } from './format';

export interface TimerHandle {
  toggle(): void;
}

/** The last 10 % of the planned time (at least 5 minutes) counts as "near the end". */
function phase(elapsed: number, planned: number): 'ok' | 'near' | 'over' {
  if (elapsed >= planned) return 'over';
  return planned - elapsed <= Math.max(300, planned * 0.1) ? 'near' : 'ok';
}

const COLORS = { ok: 'blue.8', near: WARN, over: 'red.9' } as const;

/** Elapsed time against the planned duration, with start/pause; amber near the end, red past it. */
export const InterviewTimer = forwardRef<TimerHandle, { plannedMinutes: number }>(function InterviewTimer(
  { plannedMinutes },
  ref,
) {
  const { t } = useTranslation();
  const planned = plannedMinutes * 60;
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(false);
  // Wall-clock based, so a throttled background tab still shows the true time.
  const startedAt = useRef<number | null>(null);
  const before = useRef(0);

  useEffect(() => {
    if (!running) return;
    const tick = () => setElapsed(before.current + (Date.now() - (startedAt.current ?? Date.now())) / 1000);
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [running]);

  const toggle = useCallback(() => {
    if (running) {
      before.current += (Date.now() - (startedAt.current ?? Date.now())) / 1000;
      startedAt.current = null;
      setElapsed(before.current);
      setRunning(false);
    } else {
      startedAt.current = Date.now();
      setRunning(true);
    }
  }, [running]);

  const reset = () => {
    before.current = 0;
    startedAt.current = running ? Date.now() : null;
    setElapsed(0);
  };

  useImperativeHandle(ref, () => ({ toggle }), [toggle]);
  const p = phase(elapsed, planned);
  const value = t('scoringUi.timer.value', { elapsed: duration(elapsed), planned: duration(planned) });

  return (
    <Group
      gap="sm"
      wrap="nowrap"
      data-testid="timer"
      data-phase={p}
      role="group"
      aria-label={t('scoringUi.timer.label')}
    >
      <Text fw={700} c={COLORS[p]} ff="monospace" size="lg" aria-live="off" data-testid="timer-value">
        {value}
      </Text>
      <Progress value={Math.min(100, (elapsed / Math.max(1, planned)) * 100)} color={COLORS[p]} w={100} aria-hidden />
      {p !== 'ok' && (
        <Text size="sm" fw={600} c={COLORS[p]} role="status">
          {t(p === 'near' ? 'scoringUi.timer.nearEnd' : 'scoringUi.timer.over')}
        </Text>
      )}
      <Button
        size="xs"
        variant={running ? 'default' : 'filled'}
        onClick={toggle}
        leftSection={running ? <IconPlayerPause size={16} aria-hidden /> : <IconPlayerPlay size={16} aria-hidden />}
      >
        {t(running ? 'scoringUi.timer.pause' : 'scoringUi.timer.start')} (Alt+W)
      </Button>
      <Button size="xs" variant="subtle" onClick={reset} leftSection={<IconRotate size={16} aria-hidden />}>
        {t('scoringUi.timer.reset')}
      </Button>
    </Group>
  );
});
