import path from 'node:path';
import { LANGUAGES } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import { userPath } from '../db/app-db';
import type { Db } from '../db/connection';
import { AppError } from '../services/errors';

/** `--db FILE` or `--db=FILE` anywhere on the command line (Chromium switches may sit beside it). */
export function dbArgFrom(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') return argv[i + 1];
    if (arg?.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}

/** `--db`, then `ASESA_DB`, then `<userData>/asesa.db` (the same file the CLI and browser mode use). */
export function resolveAppDbFile(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  const given = dbArgFrom(argv) ?? env.ASESA_DB;
  return given ? userPath(given, env) : path.join(userDataDir, 'asesa.db');
}

function reasonIn(language: (typeof LANGUAGES)[number], error: unknown): string {
  if (error instanceof AppError) return translate(language, `errors.${error.code}`, error.params);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The start-up failure text in Indonesian and English together: the language setting lives in
 * the very database that could not be opened.
 */
export function startupFailureMessage(file: string, error: unknown): { title: string; message: string } {
  return {
    title: LANGUAGES.map((l) => translate(l, 'desktop.startup.title')).join(' / '),
    message: LANGUAGES.map((l) =>
      translate(l, 'desktop.startup.openFailed', { file, reason: reasonIn(l, error) }),
    ).join('\n\n———\n\n'),
  };
}

/**
 * Opens the database, or explains why not and returns null. openAppDatabase refuses a database
 * from a newer Asesa before writing anything, and a failed migration rolls back, so a refusal
 * leaves the file as it was.
 */
export function openDatabaseOrExplain(
  file: string,
  open: (file: string) => { db: Db },
  showErrorBox: (title: string, message: string) => void,
): Db | null {
  try {
    return open(file).db;
  } catch (e) {
    const { title, message } = startupFailureMessage(file, e);
    showErrorBox(title, message);
    return null;
  }
}
