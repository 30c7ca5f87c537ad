import { ActionIcon, Button, Card, Group, Select, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconLoader, IconTrash } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime, GOOD } from './format';
import type { TagCompetency } from './tagging';
import type { NoteDraft, NotePatch, SaveState } from './use-note-autosave';

const SAVE_LOOK: Record<SaveState, { color: string; icon: typeof IconCheck }> = {
  saved: { color: GOOD, icon: IconCheck },
  saving: { color: 'gray.7', icon: IconLoader },
  unsaved: { color: 'gray.7', icon: IconLoader },
  failed: { color: 'red.9', icon: IconAlertTriangle },
};

interface Props {
  note: NoteDraft;
  n: number;
  active: boolean;
  readOnly: boolean;
  competencies: readonly TagCompetency[];
  onChange(patch: NotePatch): void;
  onDelete(): void;
  onFocus(): void;
  textRef: Ref<HTMLTextAreaElement>;
  indicatorRef: Ref<HTMLInputElement>;
  /** The indicator picker chose a value: the pane returns focus to the text. */
  onIndicatorPicked(): void;
}

/** One timestamped observation note with its tags: competency, indicator, polarity. */
export function NoteCard(props: Props) {
  const { note, n, active, readOnly, competencies, onChange, onDelete, onFocus, onIndicatorPicked, textRef, indicatorRef } = props;
  const { t, i18n } = useTranslation();
  const time = clockTime(note.observedAt, i18n.language);
  const look = SAVE_LOOK[note.save];
  const SaveIcon = look.icon;
  const own = competencies.find((c) => c.code === note.competency);
  const indicatorData = (own ? [own] : competencies).map((c) => ({
    group: c.name,
    items: c.indicators.map((i) => ({ value: i.idNumber, label: `${i.code} ${i.text}` })),
  }));
  const saveText = t(`scoringUi.notes.${note.save}`);

  return (
    <Card
      withBorder
      padding="sm"
      data-testid={`note-${n}`}
      data-note-id={note.id}
      data-active={active ? 'true' : 'false'}
      onFocusCapture={onFocus}
      style={active ? { borderColor: 'var(--mantine-color-blue-8)', borderWidth: 2 } : undefined}
      component="li"
    >
      <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
        <Text size="sm" fw={600}>
          #{n} · <time dateTime={note.observedAt}>{time}</time>
          {active && <VisuallyHidden> ({t('scoringUi.notes.active')})</VisuallyHidden>}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c={look.color} data-testid="save-state" data-state={note.save} role="status">
            <SaveIcon size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {saveText}
          </Text>
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red.9"
              onClick={onDelete}
              aria-label={`${t('scoringUi.notes.delete')} #${n}`}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      </Group>
      <Textarea
        ref={textRef}
        label={t('scoringUi.notes.text', { n, time })}
        labelProps={{ className: 'visually-hidden' }}
        placeholder={t('scoringUi.notes.placeholder')}
        value={note.text}
        readOnly={readOnly}
        rows={2}
        resize="vertical"
        onChange={(e) => onChange({ text: e.currentTarget.value })}
      />
      {readOnly ? (
        <Text size="sm" mt={6} data-testid="note-tags">
          {[
            own?.name ?? t('scoringUi.notes.noCompetency'),
            note.indicator ? (own?.indicators.find((i) => i.idNumber === note.indicator)?.code ?? note.indicator) : null,
            note.polarity ? t(`scoringUi.notes.${note.polarity}`) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      ) : (
        <>
        <Group gap={6} mt={6} role="group" aria-label={t('scoringUi.notes.tags', { n })} wrap="wrap">
          {competencies.map((c, i) => {
            const on = note.competency === c.code;
            return (
              <Button
                key={c.code}
                size="compact-xs"
                variant={on ? 'filled' : 'default'}
                aria-pressed={on}
                disabled={readOnly}
                onClick={() =>
                  onChange(on ? { competency: null, indicator: null } : { competency: c.code, indicator: null })
                }
              >
                <span aria-hidden>{i + 1}&nbsp;</span>
                {c.name}
              </Button>
            );
          })}
          <Button
            size="compact-xs"
            color={GOOD}
            variant={note.polarity === 'positive' ? 'filled' : 'default'}
            aria-pressed={note.polarity === 'positive'}
            aria-label={t('scoringUi.notes.positive')}
            disabled={readOnly}
            onClick={() => onChange({ polarity: note.polarity === 'positive' ? null : 'positive' })}
          >
            {t('scoringUi.notes.positiveShort')}
          </Button>
          <Button
            size="compact-xs"
            color="red.9"
            variant={note.polarity === 'negative' ? 'filled' : 'default'}
            aria-pressed={note.polarity === 'negative'}
            aria-label={t('scoringUi.notes.negative')}
            disabled={readOnly}
            onClick={() => onChange({ polarity: note.polarity === 'negative' ? null : 'negative' })}
          >
            {t('scoringUi.notes.negativeShort')}
          </Button>
        </Group>
        <Select
          ref={indicatorRef}
          mt={6}
          size="xs"
          label={`${t('scoringUi.notes.indicator')} #${n}`}
          labelProps={{ className: 'visually-hidden' }}
          placeholder={t('scoringUi.notes.indicatorPlaceholder')}
          data={indicatorData}
          value={note.indicator}
          searchable
          clearable
          selectFirstOptionOnChange
          // Also on opening: otherwise Mantine re-reads the highlighted option in a timer that, on a
          // busy machine, can run after a fast typist's search and leave Enter with nothing to pick.
          selectFirstOptionOnDropdownOpen
          disabled={readOnly}
          nothingFoundMessage="—"
          comboboxProps={{ withinPortal: true, transitionProps: { duration: 0 } }}
          onChange={(value) => {
            if (!value) return onChange({ indicator: null });
            const owner = competencies.find((c) => c.indicators.some((i) => i.idNumber === value));
            onChange({ indicator: value, competency: owner?.code ?? note.competency });
            onIndicatorPicked();
          }}
        />
        </>
      )}
    </Card>
  );
}
