import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvelopeError } from '../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DeletedNoteBar } from './DeletedNoteBar';
import { NoteCard } from './NoteCard';
import { matchShortcut } from './shortcuts';
import type { TagCompetency } from './tagging';
import type { NoteDraft, NotePatch } from './use-note-autosave';

export interface NotesApi {
  notes: NoteDraft[];
  add(): string;
  update(id: string, patch: NotePatch): void;
  remove(id: string): Promise<EnvelopeError | null>;
  /** Undoes a deletion of this note (as it was when deleted). */
  restore(note: NoteDraft): Promise<EnvelopeError | null>;
}

interface Props {
  api: NotesApi;
  competencies: readonly TagCompetency[];
  readOnly: boolean;
  /** A note to put the cursor in on arrival (paper re-entry). */
  initialFocus?: string | null;
  onTimerKey?(): void;
  onRubricKey?(): void;
  /** The active note's competency, so the interview guide can follow it. */
  onActiveCompetency?(competency: string | null): void;
}

type FocusTarget = { id: string; where: 'text' | 'indicator' };

/**
 * The note tagger: timestamped notes, each tagged to a competency, an indicator and a polarity
 * by mouse or by the shortcuts in the legend. Shortcuts act on the active note (the one last
 * focused, else the newest).
 */
export function NotesPane(props: Props) {
  const { api, competencies, readOnly, initialFocus, onTimerKey, onRubricKey, onActiveCompetency } = props;
  const { t } = useTranslation();
  const { notes } = api;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(
    initialFocus ? { id: initialFocus, where: 'text' } : null,
  );
  const texts = useRef(new Map<string, HTMLTextAreaElement>());
  const pickers = useRef(new Map<string, HTMLInputElement>());
  // Deleted notes this visit, newest last: "Urungkan" brings back the newest, then the one before.
  const [trash, setTrash] = useState<NoteDraft[]>([]);
  const [undoing, setUndoing] = useState(false);
  const [problem, setProblem] = useState<EnvelopeError | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [focusUndo, setFocusUndo] = useState(false);
  const active = notes.find((n) => n.id === activeId) ?? notes[notes.length - 1] ?? null;

  const activeCompetency = active?.competency ?? null;
  useEffect(() => onActiveCompetency?.(activeCompetency), [activeCompetency, onActiveCompetency]);

  useEffect(() => {
    if (!focusTarget) return;
    const el = (focusTarget.where === 'text' ? texts : pickers).current.get(focusTarget.id);
    if (el) {
      el.focus();
      setFocusTarget(null);
    }
  }, [focusTarget, notes]);

  useEffect(() => {
    if (focusUndo && undoButton.current) {
      undoButton.current.focus();
      setFocusUndo(false);
    }
  }, [focusUndo, trash]);

  const removeNote = async (note: NoteDraft) => {
    const error = await api.remove(note.id);
    setProblem(error);
    if (error) return;
    // A blank note loses nothing: no undo offered for it.
    if (note.text.trim() === '') return;
    setTrash((t) => [...t, note]);
    // The delete button is gone with its card; the undo is the natural next stop for the keyboard.
    setFocusUndo(true);
  };

  const lastDeleted = trash[trash.length - 1] ?? null;
  const undo = async () => {
    if (!lastDeleted) return;
    setUndoing(true);
    const error = await api.restore(lastDeleted);
    setUndoing(false);
    setProblem(error);
    if (error) return;
    setTrash((t) => t.filter((n) => n.id !== lastDeleted.id));
    setActiveId(lastDeleted.id);
    setFocusTarget({ id: lastDeleted.id, where: 'text' });
  };

  const newNote = useCallback(() => {
    if (readOnly) return;
    // An empty last note is reused rather than piling up blank ones.
    const last = notes[notes.length - 1];
    const id = last && last.text.trim() === '' ? last.id : api.add();
    setActiveId(id);
    setFocusTarget({ id, where: 'text' });
  }, [api, notes, readOnly]);


  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = matchShortcut(e);
      if (!s) return;
      if (s.kind === 'timer') return onTimerKey && (e.preventDefault(), onTimerKey());
      if (s.kind === 'rubric') return onRubricKey && (e.preventDefault(), onRubricKey());
      if (readOnly) return;
      e.preventDefault();
      if (s.kind === 'new-note') return newNote();
      if (!active) return;
      const i = notes.findIndex((n) => n.id === active.id);
      switch (s.kind) {
        case 'competency': {
          const c = competencies[s.index];
          if (c && c.code !== active.competency) api.update(active.id, { competency: c.code, indicator: null });
          return;
        }
        case 'clear-competency':
          return api.update(active.id, { competency: null, indicator: null });
        case 'indicator':
          return setFocusTarget({ id: active.id, where: 'indicator' });
        case 'polarity':
          return api.update(active.id, { polarity: active.polarity === s.polarity ? null : s.polarity });
        case 'previous-note':
        case 'next-note': {
          const next = notes[s.kind === 'next-note' ? i + 1 : i - 1];
          if (next) {
            setActiveId(next.id);
            setFocusTarget({ id: next.id, where: 'text' });
          }
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, api, competencies, newNote, notes, onRubricKey, onTimerKey, readOnly]);

  return (
    <Stack gap="sm" data-testid="notes-pane">
      <Group justify="space-between">
        <Title order={2} size="h4" id="notes-heading">
          {t('scoringUi.work.notesHeading')}
        </Title>
        {!readOnly && (
          <Button size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={newNote}>
            {t('scoringUi.notes.add')} (Ctrl+Enter)
          </Button>
        )}
      </Group>
      <ErrorAlert error={problem} />
      {lastDeleted && !readOnly && (
        <DeletedNoteBar
          note={lastDeleted}
          busy={undoing}
          undoRef={undoButton}
          onUndo={() => void undo()}
          onDismiss={() => {
            setTrash([]);
            if (active) setFocusTarget({ id: active.id, where: 'text' });
          }}
        />
      )}
      {notes.length === 0 && <Text size="sm">{t('scoringUi.notes.empty')}</Text>}
      <Stack
        component="ol"
        gap="xs"
        aria-labelledby="notes-heading"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {notes.map((note, i) => (
          <NoteCard
            key={note.id}
            note={note}
            n={i + 1}
            active={note.id === active?.id}
            readOnly={readOnly}
            competencies={competencies}
            onChange={(patch) => api.update(note.id, patch)}
            onDelete={() => void removeNote(note)}
            onFocus={() => setActiveId(note.id)}
            onIndicatorPicked={() => setFocusTarget({ id: note.id, where: 'text' })}
            textRef={(el) => {
              if (el) texts.current.set(note.id, el);
              else texts.current.delete(note.id);
            }}
            indicatorRef={(el) => {
              if (el) pickers.current.set(note.id, el);
              else pickers.current.delete(note.id);
            }}
          />
        ))}
      </Stack>
    </Stack>
  );
}
