/**
 * Timing helpers: wall-clock milliseconds from performance.now(), the median of a few repetitions (one slow
 * repetition — a GC pause, a noisy neighbour on the 2-core machine — must not decide a row), and the units the
 * table prints.
 */
import { performance } from 'node:perf_hooks';

/** Runs `work` once and returns how long it took with what it returned. */
export function timed<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

/**
 * Runs `work` `runs` times and returns the median duration and the last result.
 *
 * @example medianTime(5, () => parse(text)).ms // → 41.7
 */
export function medianTime<T>(runs: number, work: () => T): { ms: number; result: T } {
  const durations: number[] = [];
  let result!: T;
  for (let run = 0; run < runs; run++) {
    const once = timed(work);
    durations.push(once.ms);
    result = once.result;
  }
  return { ms: median(durations), result };
}

/** As medianTime, for work that measures itself (a child process, a request arriving). */
export async function medianOf(runs: number, measure: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let run = 0; run < runs; run++) values.push(await measure());
  return median(values);
}

/** The median; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A duration in the unit that keeps three significant digits readable.
 *
 * @example formatDuration(1234) // → '1.23 s'
 * @example formatDuration(0.0042) // → '4.20 µs'
 */
export function formatDuration(ms: number): string {
  if (ms >= 1000) return `${significant(ms / 1000)} s`;
  if (ms >= 1) return `${significant(ms)} ms`;
  if (ms >= 0.001) return `${significant(ms * 1000)} µs`;
  return `${significant(ms * 1e6)} ns`;
}

/** A count with thousands separators: `86,629`. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A ratio as `5,310×` (three significant digits below 100). */
export function formatRatio(value: number): string {
  return value >= 100 ? `${formatCount(value)}×` : `${significant(value)}×`;
}

function significant(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
