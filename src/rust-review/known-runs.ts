/**
 * The new file as the diff shows it (docs/RUST-REVIEW.md, "What the checks can see"): each hunk's context and
 * added lines are consecutive lines of the new file; between hunks, nothing is known.
 */
import type { Hunk } from '../diff/types.js';

/** Consecutive known lines of the new file. */
export interface KnownRun {
  /** The new-file line number of `lines[0]`. */
  start: number;
  /** The lines without their marker. */
  lines: string[];
  /** Whether each line is added (`+`) rather than context. */
  added: boolean[];
}

/**
 * One run per hunk with new-side lines. Hunks are never joined, even when their numbers touch: a series'
 * hunks are concatenated across patches (merge-series.ts), so touching numbers may belong to different
 * versions of the file.
 *
 * @example knownRuns([{ oldStart: 1, newStart: 1, lines: [' a', '-b', '+c'] }])
 *   // → [{ start: 1, lines: ['a', 'c'], added: [false, true] }]
 */
export function knownRuns(hunks: readonly Hunk[]): KnownRun[] {
  const runs: KnownRun[] = [];
  for (const hunk of hunks) {
    const run: KnownRun = { start: hunk.newStart, lines: [], added: [] };
    for (const line of hunk.lines) {
      if (line[0] === '-') continue;
      run.lines.push(line.slice(1));
      run.added.push(line[0] === '+');
    }
    if (run.lines.length > 0) runs.push(run);
  }
  return runs;
}

/**
 * Whether an added line of the run holds `word`. A check whose findings all sit on an added line holding a
 * word (`unsafe`, `#!`) skips the other runs unlexed: lexing only blanks comments and literals, so the word
 * is in the code only if it is in the text.
 */
export function addedLineIncludes(run: KnownRun, word: string): boolean {
  return run.lines.some((line, index) => run.added[index] && line.includes(word));
}
