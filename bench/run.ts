import fs from 'node:fs';
import os from 'node:os';
import type { Bench, Figure } from './types';

/**
 * `npm run bench`: runs every bench module in BENCHES and prints one line per figure, e.g.
 *   participants.import.50k  2.41 s  (baseline 0.88 s, ratio 2.7x)  target < 3 s, ≤ 4x  ok
 * Add a bench by writing a module that exports a `Bench` and listing it here (name + loader).
 * `npm run bench -- participants` runs only the benches whose name starts with the argument.
 * Modules are loaded only when selected, so one bench's imports never stop another from running.
 */
const BENCHES: { name: string; load: () => Promise<Bench> }[] = [
  { name: 'participants', load: async () => (await import('./participants')).participantsBench },
  { name: 'notes', load: async () => (await import('./notes-autosave')).notesAutosaveBench },
  { name: 'exchange', load: async () => (await import('./exchange')).exchangeBench },
  { name: 'pdf', load: async () => (await import('./pdf')).pdfBench },
];

function cpuModel(): string {
  try {
    const line = fs
      .readFileSync('/proc/cpuinfo', 'utf-8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
}

export function formatValue(value: number, unit: Figure['unit']): string {
  if (unit === 's') return `${value.toFixed(2)} s`;
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
  return `${value}`;
}

function line(f: Figure): string {
  const parts = [f.name.padEnd(40), formatValue(f.value, f.unit).padStart(10)];
  if (f.baseline !== undefined) {
    parts.push(`  (baseline ${formatValue(f.baseline, f.unit)}, ratio ${(f.value / f.baseline).toFixed(1)}x)`);
  }
  if (f.target) parts.push(`  target ${f.target.text}  ${f.target.met ? 'ok' : 'MISSED'}`);
  if (f.note) parts.push(`  ${f.note}`);
  return parts.join('');
}

async function main(): Promise<number> {
  const only = process.argv[2];
  console.log(
    `# ${new Date().toISOString()}  node ${process.version}  ${os.cpus().length} CPU (nproc), ${cpuModel()}, ` +
      `${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  let missed = 0;
  for (const entry of BENCHES.filter((b) => !only || b.name.startsWith(only))) {
    const bench = await entry.load();
    for (const figure of await bench.run()) {
      console.log(line(figure));
      if (figure.target && !figure.target.met) missed++;
    }
  }
  return missed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
