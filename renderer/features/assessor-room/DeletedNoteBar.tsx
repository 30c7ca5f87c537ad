import { Button, CloseButton, Group, Paper, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteDraft } from './use-note-autosave';

const EXCERPT = 60;

export const excerptOf = (text: string) => {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
};

/**
 * The notice after a note is deleted, with "Urungkan" (undo) instead of a confirmation before:
 * deleting stays one keystroke during an interview, and a slip costs one more. It stays until
 * dismissed or another note is undone, so there is no race against a disappearing toast.
 */
export function DeletedNoteBar({
  note,
  busy,
  undoRef,
  onUndo,
  onDismiss,
}: {
  note: NoteDraft;
  busy: boolean;
  undoRef: Ref<HTMLButtonElement>;
  onUndo(): void;
  onDismiss(): void;
}) {
  const { t } = useTranslation();
  const excerpt = excerptOf(note.text);
  return (
    <Paper withBorder p="xs" bg="gray.0" data-testid="deleted-note">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" role="status" style={{ minWidth: 0 }}>
          {t('scoringUi.notes.deleted', { excerpt })}
        </Text>
        <Group gap={4} wrap="nowrap">
          <Button
            ref={undoRef}
            size="compact-sm"
            variant="light"
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            loading={busy}
            onClick={onUndo}
            aria-label={t('scoringUi.notes.undoLabel', { excerpt })}
          >
            {t('scoringUi.notes.undo')}
          </Button>
          <CloseButton size="sm" onClick={onDismiss} aria-label={t('scoringUi.notes.dismiss')} />
        </Group>
      </Group>
    </Paper>
  );
}
