import { batchCommands } from './batch';
import { demoCommand } from './demo';
import { pdfCommands } from './pdf';
import { dbCommands } from './db';
import { exchangeCommands } from './exchange';
import { frameworkCommands } from './framework';
import { maintenanceCommands } from './maintenance';
import { participantCommands } from './participants';
import { versionCommand } from './version';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CommandArgs {
  /** The command's own arguments (global options and command words removed). */
  argv: string[];
  dbOption: string | undefined;
  io: CliIo;
}

export interface Command {
  /** The words that name it, e.g. ['db', 'check']. */
  words: string[];
  usage: string;
  summary: string;
  run(args: CommandArgs): Promise<number> | number;
}

/** Every command; a feature adds its own list here. */
export const COMMANDS: Command[] = [versionCommand, ...dbCommands, ...frameworkCommands, ...maintenanceCommands, ...participantCommands, ...batchCommands, ...exchangeCommands, ...pdfCommands, demoCommand];

export function findCommand(positionals: string[]): { command: Command; consumed: string[] } | null {
  const matches = COMMANDS.filter((c) => c.words.every((w, i) => positionals[i] === w));
  const best = matches.sort((a, b) => b.words.length - a.words.length)[0];
  return best ? { command: best, consumed: best.words } : null;
}
