import { useEffect, useState, useSyncExternalStore } from 'react';
import type { NoteView } from '../../../shared/schemas/scoring';
import { call } from '../../lib/api';
import { blankNote, fromView, NoteAutosaver, type AutosaveOptions } from './note-autosaver';

export type { NoteDraft, NotePatch, Polarity, SaveState } from './note-autosaver';

/**
 * The notes of one assignment with autosave (see NoteAutosaver). `startWith` adds a blank note
 * with that id at once, for arriving with the cursor in a fresh note (paper re-entry).
 */
export function useNoteAutosave(
  assignmentId: string,
  initial: readonly NoteView[],
  opts: AutosaveOptions & { startWith?: string | null } = {},
) {
  const [engine] = useState(
    () =>
      new NoteAutosaver(
        assignmentId,
        [...initial.map(fromView), ...(opts.startWith ? [blankNote(opts.startWith)] : [])],
        {
          save: (input) => call('notes.save', input),
          remove: (id) => call('notes.delete', { id }),
          restore: (id) => call('notes.restore', { id }),
        },
        opts,
      ),
  );
  const notes = useSyncExternalStore(engine.subscribe, engine.getSnapshot);
  useEffect(() => {
    engine.resume();
    return () => engine.dispose();
  }, [engine]);
  return {
    notes,
    add: (id?: string) => engine.add(id),
    update: engine.update.bind(engine),
    remove: engine.remove.bind(engine),
    restore: engine.restore.bind(engine),
  };
}
