import { parseArgs } from 'node:util';
import { AppError } from '../services/errors';
import { translate } from '../../shared/i18n/translate';
import { COMMANDS, findCommand, type CliIo } from './commands';

const USAGE = `Asesa — command line

Usage: asesa [--db FILE] <command> [options]

The database is --db FILE, else $ASESA_DB, else the desktop app's own database.

Commands:
${COMMANDS.map((c) => `  ${c.usage.padEnd(34)} ${c.summary}`).join('\n')}

Exit status: 0 on success, 1 when the command found a problem, 2 on wrong usage.`;

/** Runs one CLI invocation; returns the exit code. Separate from process so tests can call it. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: false,
    });
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
  const words = parsed.positionals;
  if (parsed.values.help || words.length === 0 || words[0] === 'help') {
    io.out(USAGE);
    return words.length === 0 && !parsed.values.help ? 2 : 0;
  }
  const found = findCommand(words);
  if (!found) {
    io.err(`Unknown command: ${words.join(' ')} / Perintah tidak dikenal: ${words.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  // `--db` without a file name must not fall through to the desktop app's real database.
  if (parsed.values.db === true || parsed.values.db === '') {
    io.err('--db needs a file name / --db memerlukan nama berkas');
    return 2;
  }
  const dbOption = typeof parsed.values.db === 'string' ? parsed.values.db : undefined;
  try {
    return await found.command.run({ argv: stripGlobal(argv, found.consumed), dbOption, io });
  } catch (e) {
    if (e instanceof AppError) {
      io.err(translate('id', `errors.${e.code}`, e.params));
      io.err(translate('en', `errors.${e.code}`, e.params));
      for (const d of e.details ?? []) io.err(`  ${d.path}: ${d.message}`);
      return 1;
    }
    io.err(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

/** Removes the global --db option and the command words, leaving the command's own options. */
function stripGlobal(argv: string[], commandWords: string[]): string[] {
  const rest: string[] = [];
  const words = [...commandWords];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--db') {
      i++;
      continue;
    }
    if (a.startsWith('--db=')) continue;
    if (words.length && a === words[0]) {
      words.shift();
      continue;
    }
    rest.push(a);
  }
  return rest;
}

const isMain = process.argv[1] !== undefined && /cli[\\/]index\.ts$/.test(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s) }).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
