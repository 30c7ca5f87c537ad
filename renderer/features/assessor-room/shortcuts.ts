/**
 * The keyboard shortcuts of the notes pane, matched on KeyboardEvent.code so they work on any
 * layout and on macOS (where Alt+letter types a special character). Alt+digit switches tabs in
 * Chromium on Linux, hence Alt+Shift+digit for competencies; the Alt+letters chosen are not
 * browser or Firefox menu keys (F, E, V, S, B, T, H).
 */
export type Shortcut =
  | { kind: 'new-note' }
  | { kind: 'competency'; index: number }
  | { kind: 'clear-competency' }
  | { kind: 'indicator' }
  | { kind: 'polarity'; polarity: 'positive' | 'negative' }
  | { kind: 'previous-note' }
  | { kind: 'next-note' }
  | { kind: 'timer' }
  | { kind: 'rubric' };

export interface KeyLike {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export function matchShortcut(e: KeyLike): Shortcut | null {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.code === 'Enter' || e.code === 'NumpadEnter'))
    return { kind: 'new-note' };
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.shiftKey) {
    const digit = /^(?:Digit|Numpad)([0-9])$/.exec(e.code);
    if (!digit) return null;
    const n = Number(digit[1]);
    return n === 0 ? { kind: 'clear-competency' } : { kind: 'competency', index: n - 1 };
  }
  switch (e.code) {
    case 'KeyI':
      return { kind: 'indicator' };
    case 'KeyP':
      return { kind: 'polarity', polarity: 'positive' };
    case 'KeyN':
      return { kind: 'polarity', polarity: 'negative' };
    case 'ArrowUp':
      return { kind: 'previous-note' };
    case 'ArrowDown':
      return { kind: 'next-note' };
    case 'KeyW':
      return { kind: 'timer' };
    case 'KeyR':
      return { kind: 'rubric' };
    default:
      return null;
  }
}

/** The legend shown on screen: keys and the catalogue key of what they do. */
export const LEGEND: ReadonlyArray<{ keys: string[]; label: string }> = [
  { keys: ['Ctrl', 'Enter'], label: 'newNote' },
  { keys: ['Alt', 'Shift', '1…9'], label: 'competency' },
  { keys: ['Alt', 'Shift', '0'], label: 'clearCompetency' },
  { keys: ['Alt', 'I'], label: 'indicator' },
  { keys: ['Alt', 'P'], label: 'positive' },
  { keys: ['Alt', 'N'], label: 'negative' },
  { keys: ['Alt', '↑/↓'], label: 'prevNext' },
  { keys: ['Alt', 'W'], label: 'timer' },
  { keys: ['Alt', 'R'], label: 'rubric' },
];
