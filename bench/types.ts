/** One measured number; bench/run.ts prints each on its own line. */
export interface Figure {
  name: string;
  value: number;
  unit: 's' | 'ms' | 'count';
  /** Measured in the same run, for a ratio. */
  baseline?: number;
  target?: { text: string; met: boolean };
  note?: string;
}

export interface Bench {
  name: string;
  run(): Promise<Figure[]>;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

export const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
export const millis = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
