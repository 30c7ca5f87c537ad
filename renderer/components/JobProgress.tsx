import { Button, Progress, Stack, Text } from '@mantine/core';

/**
 * A running background job: what is happening ("n of m"), a progress bar and the cancel button.
 * The cancel button waits for the first status (there is no job id to cancel before it).
 */
export function JobProgress({
  text,
  done,
  total,
  progressLabel,
  cancelLabel,
  onCancel,
  canCancel,
  testId,
}: {
  text: string;
  done: number;
  total: number;
  progressLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  canCancel: boolean;
  testId: string;
}) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="sm" role="status">
        {text}
      </Text>
      <Progress value={total > 0 ? (done / total) * 100 : 0} aria-label={progressLabel} w={320} />
      <Button variant="subtle" color="red.8" w="fit-content" disabled={!canCancel} onClick={onCancel}>
        {cancelLabel}
      </Button>
    </Stack>
  );
}
